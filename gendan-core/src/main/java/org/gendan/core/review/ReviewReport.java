package org.gendan.core.review;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.gendan.core.order.OrderCommand;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.SalesOrder;

/**
 * The result of reviewing one revision of an order: all findings at once, sorted errors first, then by
 * field (line numbers in numeric order) and rule, so the same order always gives the same report.
 *
 * @param orderId  the order reviewed
 * @param revision the revision reviewed
 * @param findings the findings, sorted
 */
public record ReviewReport(OrderId orderId, int revision, List<Finding> findings) {

  /** The order of findings in a report. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(Finding::field, ReviewReport::compareFields)
      .thenComparing(Finding::rule)
      .thenComparing(Finding::message);

  /** Creates the report, sorting the findings. */
  public ReviewReport {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(findings, "findings");
    if (revision < 0) {
      throw new IllegalArgumentException("revision must not be negative: " + revision);
    }
    for (int i = 0; i < findings.size(); i++) {
      if (findings.get(i) == null) {
        throw new NullPointerException("findings contains null at index " + i);
      }
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    findings = List.copyOf(sorted);
  }

  /** The error findings. */
  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  /** The warning findings. */
  public List<Finding> warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
  }

  /** True if any finding is an error. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** True if a finding of the given rule is present. */
  public boolean has(String rule) {
    return findings.stream().anyMatch(f -> f.rule().equals(rule));
  }

  /** The outcome as a command for the order's lifecycle: errors block it, warnings are recorded. */
  public OrderCommand.RecordReview toCommand() {
    return new OrderCommand.RecordReview(revision,
        errors().stream().map(Finding::toString).toList(),
        warnings().stream().map(Finding::toString).toList());
  }

  /** The order if it has no errors, else all error findings. */
  public Validation<Seq<Finding>, SalesOrder> toValidation(SalesOrder order) {
    Objects.requireNonNull(order, "order");
    if (!order.id().equals(orderId) || order.revision() != revision) {
      throw new IllegalArgumentException("report is for " + orderId + " r" + revision + ", not " + order.id() + " r" + order.revision());
    }
    return hasErrors() ? Validation.invalid(Vector.ofAll(errors())) : Validation.valid(order);
  }

  /** Compares field paths, with the numbers in brackets compared as numbers. */
  static int compareFields(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
        int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
