package org.gendan.documents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.money.Money;
import org.gendan.core.order.ShippingMarks;
import org.immutables.value.Value;

/**
 * A purchase contract to the factory (购货合同): the mirror of the sales contract in the purchase
 * currency at prices including VAT (含税价), with the delivery date to the warehouse or port (before the
 * ETD), the packing and marks copied from the sales contract, the quality clause and the payment to the
 * factory. The total in words is the Chinese 大写 for RMB contracts. Build with
 * {@code PurchaseContract.builder()} or {@link FollowUpDocuments#purchaseContract}.
 */
@Value.Immutable
@JsonSerialize(as = PurchaseContract.class)
@JsonDeserialize(as = PurchaseContract.class)
abstract class AbstractPurchaseContract {

  /** The purchase contract number (购货合同号). */
  public abstract String number();

  /** The date of the contract. */
  public abstract LocalDate date();

  /** The buyer: the trading company (需方). */
  public abstract DocumentParty buyer();

  /** The factory (供方). */
  public abstract DocumentParty factory();

  /** The sales contract the goods are bought for (外销合同号). */
  public abstract String salesContractNumber();

  /** The currency of prices and amounts (normally CNY). */
  public abstract Currency currency();

  /** The goods at purchase prices including VAT. */
  public abstract List<GoodsLine> lines();

  /** The total amount including VAT. */
  public abstract Money total();

  /** The total in words (人民币大写 for CNY). */
  public abstract String totalInWords();

  /** The VAT rate included in the prices, in percent (增值税率). */
  public abstract BigDecimal vatPercent();

  /** The date the factory delivers (交货期), before the latest shipment date of the sales contract. */
  public abstract LocalDate deliveryDate();

  /** Where the factory delivers (交货地点): the exporter's warehouse or the port. */
  public abstract String deliveryPlace();

  /** The packing clause, as on the sales contract. */
  public abstract Optional<String> packing();

  /** The shipping marks, as on the sales contract. */
  public abstract ShippingMarks shippingMarks();

  /** The quality and inspection clause (质量要求及验货). */
  public abstract String qualityClause();

  /** The payment to the factory (付款方式). */
  public abstract String paymentTerms();

  @Value.Check
  protected void check() {
    DocumentChecks.number(number(), "purchase contract number");
    DocumentChecks.number(salesContractNumber(), "sales contract number");
    DocumentChecks.goodsLines("purchase contract " + number(), lines(), currency());
    DocumentChecks.money(total(), currency());
    Ids.requireNonBlankText(totalInWords(), "total in words", 1000);
    if (vatPercent().signum() < 0 || vatPercent().compareTo(BigDecimal.valueOf(100)) >= 0) {
      throw new IllegalArgumentException("VAT percent must be 0..<100: " + vatPercent().toPlainString());
    }
    DocumentChecks.place(deliveryPlace(), "delivery place");
    packing().ifPresent(p -> Ids.requireText(p, "packing clause", 2000));
    Ids.requireNonBlankText(qualityClause(), "quality clause", 2000);
    Ids.requireNonBlankText(paymentTerms(), "payment terms", 500);
  }
}
