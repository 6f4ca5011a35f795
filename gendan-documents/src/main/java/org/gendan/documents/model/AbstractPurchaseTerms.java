package org.gendan.documents.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.gendan.core.Ids;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.party.Supplier;
import org.gendan.core.product.Sku;
import org.immutables.value.Value;

/**
 * What the trading company agrees with the factory for a purchase contract: number and date, the
 * factory, the purchase price per item including VAT, the delivery date and place, the quality clause
 * and the payment to the factory. Build with {@code PurchaseTerms.builder()}.
 */
@Value.Immutable
abstract class AbstractPurchaseTerms {

  /** The standard quality clause: bulk as the approved sample, customer inspection before shipment. */
  public static final String STANDARD_QUALITY_CLAUSE =
      "质量以确认样为准，出货前接受客户验货，不合格须返工并复验 / QUALITY AS PER THE APPROVED SAMPLE; GOODS ARE INSPECTED BEFORE SHIPMENT, "
          + "FAILED GOODS ARE REWORKED AND RE-INSPECTED";

  /** The purchase contract number. */
  public abstract String number();

  /** The date of the contract. */
  public abstract LocalDate date();

  /** The factory. */
  public abstract Supplier factory();

  /** The factory's address as printed, if known. */
  public abstract java.util.Optional<String> factoryAddress();

  /** The purchase unit price per item, including VAT; one currency for all. */
  public abstract Map<Sku, UnitPrice> prices();

  /** The VAT rate included in the prices, in percent; 13 by default. */
  @Value.Default
  public BigDecimal vatPercent() {
    return BigDecimal.valueOf(13);
  }

  /** The date the factory delivers. */
  public abstract LocalDate deliveryDate();

  /** Where the factory delivers. */
  public abstract String deliveryPlace();

  /** The quality clause; {@link #STANDARD_QUALITY_CLAUSE} by default. */
  @Value.Default
  public String qualityClause() {
    return STANDARD_QUALITY_CLAUSE;
  }

  /** The payment to the factory, e.g. "月结30天 / 30 DAYS AFTER DELIVERY AND VAT INVOICE". */
  public abstract String paymentTerms();

  @Value.Check
  protected void check() {
    Ids.requireValid(number(), "purchase contract number");
    factoryAddress().ifPresent(a -> Ids.requireText(a, "factory address", 500));
    if (prices().isEmpty()) {
      throw new IllegalArgumentException("purchase terms " + number() + " have no prices");
    }
    if (prices().values().stream().map(UnitPrice::currency).distinct().count() > 1) {
      throw new IllegalArgumentException("purchase terms " + number() + " mix currencies: " + prices().values());
    }
    if (vatPercent().signum() < 0 || vatPercent().compareTo(BigDecimal.valueOf(100)) >= 0) {
      throw new IllegalArgumentException("VAT percent must be 0..<100: " + vatPercent().toPlainString());
    }
    if (deliveryDate().isBefore(date())) {
      throw new IllegalArgumentException("delivery date " + deliveryDate() + " is before the contract date " + date());
    }
    Ids.requireNonBlankText(deliveryPlace(), "delivery place", 100);
    Ids.requireNonBlankText(qualityClause(), "quality clause", 2000);
    Ids.requireNonBlankText(paymentTerms(), "payment terms", 500);
  }
}
