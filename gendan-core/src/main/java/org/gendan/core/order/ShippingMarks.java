package org.gendan.core.order;

import java.util.List;
import java.util.Objects;
import org.gendan.core.Ids;

/**
 * Shipping marks (唛头): the main mark printed on each carton, after UN/ECE Recommendation 15
 * (consignee initials, reference number, destination, package number "1/N"), and the side marks
 * (侧唛: item number, quantity per carton, weights, measurement, MADE IN CHINA). No marks means N/M.
 *
 * @param mainMarks lines of the main mark
 * @param sideMarks lines of the side mark
 */
public record ShippingMarks(List<String> mainMarks, List<String> sideMarks) {

  /** No marks (N/M). */
  public static final ShippingMarks NONE = new ShippingMarks(List.of(), List.of());

  /** Creates the marks. @throws IllegalArgumentException if there are more than 12 lines or a line is too long */
  public ShippingMarks {
    mainMarks = List.copyOf(Objects.requireNonNull(mainMarks, "mainMarks"));
    sideMarks = List.copyOf(Objects.requireNonNull(sideMarks, "sideMarks"));
    if (mainMarks.size() > 12 || sideMarks.size() > 12) {
      throw new IllegalArgumentException("shipping marks have more than 12 lines");
    }
    mainMarks.forEach(l -> Ids.requireText(l, "shipping mark line", 80));
    sideMarks.forEach(l -> Ids.requireText(l, "side mark line", 80));
  }

  /** Main marks only. */
  public static ShippingMarks of(String... mainMarks) {
    return new ShippingMarks(List.of(mainMarks), List.of());
  }

  /** True if there are no marks (N/M). */
  public boolean isNone() {
    return mainMarks.isEmpty() && sideMarks.isEmpty();
  }
}
