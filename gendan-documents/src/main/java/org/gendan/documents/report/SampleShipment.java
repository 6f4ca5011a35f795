package org.gendan.documents.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gendan.core.Ids;
import org.gendan.core.measure.Dimension;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;

/**
 * A sample sent by courier (样品快递费用登记表).
 *
 * @param date           the day it was sent
 * @param customerId     the customer it was sent to
 * @param description    what was sent
 * @param courier        the courier, e.g. DHL
 * @param trackingNumber the waybill number
 * @param weight         the chargeable weight; positive, a mass
 * @param cost           the courier cost; not negative
 * @param chargedToCustomer whether the customer pays it (到付 / charged on)
 */
public record SampleShipment(LocalDate date, String customerId, String description, String courier, String trackingNumber, Quantity weight,
    Money cost, boolean chargedToCustomer) implements CsvRow {
  /** The CSV header. */
  public static final List<String> HEADER = List.of("日期 Date", "客户编号 Customer ID", "样品 Sample", "快递 Courier", "运单号 Waybill",
      "重量KG Weight kg", "币种 Currency", "费用 Cost", "客户付 Charged to customer");

  /** Creates the entry. @throws IllegalArgumentException if the weight is not a positive mass or the cost negative */
  public SampleShipment {
    Objects.requireNonNull(date, "date");
    Ids.requireValid(customerId, "customer id");
    Ids.requireNonBlankText(description, "sample description", 500);
    Ids.requireNonBlankText(courier, "courier", 100);
    Ids.requireValid(trackingNumber, "tracking number");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(cost, "cost");
    if (weight.unit().dimension() != Dimension.MASS || !weight.isPositive()) {
      throw new IllegalArgumentException("sample weight must be a positive mass: " + weight);
    }
    if (cost.isNegative()) {
      throw new IllegalArgumentException("courier cost must not be negative: " + cost);
    }
  }

  @Override
  public List<String> cells() {
    return List.of(date.toString(), customerId, description, courier, trackingNumber, weight.to(Unit.KG).value().toPlainString(),
        cost.currency().getCurrencyCode(), cost.amount().toPlainString(), chargedToCustomer ? "是 YES" : "否 NO");
  }
}
