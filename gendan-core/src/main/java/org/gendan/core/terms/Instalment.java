package org.gendan.core.terms;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One part of the payment terms: a percentage of the order total, paid by a method, due at a point.
 * For example 30% T/T on confirmation, or 70% T/T before shipment, or 100% L/C at sight.
 *
 * @param percent the share of the order total, 0 &lt; percent ≤ 100, at most 4 decimals
 * @param method  how it is paid
 * @param due     when it falls due
 * @param days    days after shipment when {@code due} is {@link PaymentDue#DAYS_AFTER_SHIPMENT}, else 0
 */
public record Instalment(BigDecimal percent, PaymentMethod method, PaymentDue due, int days) {

  /** Creates an instalment. @throws IllegalArgumentException if a value is out of range */
  public Instalment {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(due, "due");
    if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("instalment percent must be above 0 and at most 100: " + show(percent));
    }
    if (percent.stripTrailingZeros().scale() > 4) {
      throw new IllegalArgumentException("instalment percent has more than 4 decimals: " + show(percent));
    }
    percent = percent.stripTrailingZeros();
    if (percent.scale() < 0) {
      percent = percent.setScale(0);
    }
    if (due == PaymentDue.DAYS_AFTER_SHIPMENT) {
      if (days <= 0 || days > 720) {
        throw new IllegalArgumentException("days after shipment must be 1..720: " + days);
      }
    } else if (days != 0) {
      throw new IllegalArgumentException("days are only given for DAYS_AFTER_SHIPMENT instalments, not " + due);
    }
  }

  /** Plain text for sensible values, scientific for absurd exponents (which would print megabytes). */
  private static String show(BigDecimal v) {
    return Math.abs(v.scale()) < 100 ? v.toPlainString() : v.toString();
  }

  /** An instalment of a whole percentage. */
  public static Instalment of(int percent, PaymentMethod method, PaymentDue due) {
    return new Instalment(BigDecimal.valueOf(percent), method, due, 0);
  }

  /** An instalment due a number of days after shipment. */
  public static Instalment afterShipment(int percent, PaymentMethod method, int days) {
    return new Instalment(BigDecimal.valueOf(percent), method, PaymentDue.DAYS_AFTER_SHIPMENT, days);
  }
}
