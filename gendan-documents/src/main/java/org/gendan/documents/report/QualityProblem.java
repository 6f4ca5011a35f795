package org.gendan.documents.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;

/**
 * An entry of the quality-problem register (质量问题登记表): a complaint or inspection failure, what it
 * affects, its cause and the corrective action, and whether it is closed.
 *
 * @param date             the day it was registered
 * @param orderId          the order
 * @param customerId       the customer
 * @param sku              the item
 * @param problem          what is wrong
 * @param quantityAffected how much is affected; not negative
 * @param cause            the cause, once found
 * @param action           the corrective action, once decided
 * @param closed           whether it is closed
 */
public record QualityProblem(LocalDate date, String orderId, String customerId, String sku, String problem, Quantity quantityAffected,
    Optional<String> cause, Optional<String> action, boolean closed) implements CsvRow {
  /** The CSV header. */
  public static final List<String> HEADER = List.of("日期 Date", "订单 Order", "客户编号 Customer ID", "货号 Item No.", "问题 Problem",
      "数量 Qty affected", "单位 Unit", "原因 Cause", "纠正措施 Action", "状态 Status");

  /** Creates the entry. @throws IllegalArgumentException if the problem is blank or the quantity negative */
  public QualityProblem {
    Objects.requireNonNull(date, "date");
    Ids.requireValid(orderId, "order id");
    Ids.requireValid(customerId, "customer id");
    Ids.requireValid(sku, "sku");
    Ids.requireNonBlankText(problem, "problem", 2000);
    Objects.requireNonNull(quantityAffected, "quantityAffected");
    if (quantityAffected.value().signum() < 0) {
      throw new IllegalArgumentException("quantity affected must not be negative: " + quantityAffected);
    }
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(action, "action");
  }

  @Override
  public List<String> cells() {
    return List.of(date.toString(), orderId, customerId, sku, problem, quantityAffected.value().toPlainString(), quantityAffected.unit().toString(),
        cause.orElse(""), action.orElse(""), closed ? "已结案 CLOSED" : "处理中 OPEN");
  }
}
