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
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.PaymentTerms;
import org.immutables.value.Value;

/**
 * A sales contract / sales confirmation (外销合同), after MOFCOM's reference export contract: goods,
 * prices and total with the total in words, the more-or-less clause, packing, marks, time and ports of
 * shipment, partial shipment and transshipment, insurance and payment. Build with
 * {@code SalesContract.builder()}.
 */
@Value.Immutable
@JsonSerialize(as = SalesContract.class)
@JsonDeserialize(as = SalesContract.class)
abstract class AbstractSalesContract {

  /** The contract number (合同号). */
  public abstract String number();

  /** The date of the contract. */
  public abstract LocalDate date();

  /** The seller. */
  public abstract DocumentParty seller();

  /** The buyer. */
  public abstract DocumentParty buyer();

  /** The buyer's purchase order number. */
  public abstract Optional<String> buyerOrderNumber();

  /** The currency of prices and amounts. */
  public abstract Currency currency();

  /** The goods. */
  public abstract List<GoodsLine> lines();

  /** The total amount as stated. */
  public abstract Money total();

  /** The total in words as stated ("SAY … ONLY"). */
  public abstract String totalInWords();

  /** The more-or-less clause: percent more or less in quantity and value allowed (溢短装), 0 if none. */
  @Value.Default
  public BigDecimal moreOrLessPercent() {
    return BigDecimal.ZERO;
  }

  /** The trade term. */
  public abstract Incoterm incoterm();

  /** The payment terms. */
  public abstract PaymentTerms paymentTerms();

  /** The packing clause. */
  public abstract Optional<String> packing();

  /** The shipping marks. */
  public abstract ShippingMarks shippingMarks();

  /** The latest date of shipment (装运期). */
  public abstract LocalDate latestShipmentDate();

  /** The port of loading. */
  public abstract String portOfLoading();

  /** The port or place of destination. */
  public abstract String destination();

  /** Whether partial shipments are allowed. */
  @Value.Default
  public boolean partialShipmentsAllowed() {
    return false;
  }

  /** Whether transshipment is allowed. */
  @Value.Default
  public boolean transshipmentAllowed() {
    return false;
  }

  /** The insurance clause (who insures, for what percentage, which clauses). */
  public abstract Optional<String> insurance();

  @Value.Check
  protected void check() {
    DocumentChecks.number(number(), "contract number");
    buyerOrderNumber().ifPresent(n -> Ids.requireText(n, "buyer order number", 64));
    DocumentChecks.goodsLines("contract " + number(), lines(), currency());
    DocumentChecks.money(total(), currency());
    Ids.requireNonBlankText(totalInWords(), "total in words", 1000);
    if (moreOrLessPercent().signum() < 0 || moreOrLessPercent().compareTo(BigDecimal.valueOf(50)) > 0) {
      throw new IllegalArgumentException("more-or-less percent must be 0..50: " + moreOrLessPercent().toPlainString());
    }
    packing().ifPresent(p -> Ids.requireText(p, "packing clause", 2000));
    insurance().ifPresent(p -> Ids.requireText(p, "insurance clause", 2000));
    DocumentChecks.place(portOfLoading(), "port of loading");
    DocumentChecks.place(destination(), "destination");
  }
}
