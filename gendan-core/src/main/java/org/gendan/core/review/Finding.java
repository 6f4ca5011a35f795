package org.gendan.core.review;

import java.util.Objects;
import org.gendan.core.Ids;

/**
 * One finding of order review (审单): what is wrong or worth checking, where, by which rule.
 *
 * @param severity how serious it is
 * @param field    the field concerned, as a path into the order: {@code deliveryDate},
 *                 {@code lines[2].unitPrice}
 * @param rule     the rule's stable code, e.g. {@code PRICE_BELOW_REFERENCE}
 * @param message  the explanation for the 跟单员
 */
public record Finding(Severity severity, String field, String rule, String message) {
  /** Creates a finding. */
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Ids.requireValid(field, "field");
    Objects.requireNonNull(rule, "rule");
    if (!rule.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException("rule code must be UPPER_SNAKE_CASE: " + rule);
    }
    Ids.requireNonBlankText(message, "message", 4000);
  }

  /** An error finding. */
  public static Finding error(String field, String rule, String message) {
    return new Finding(Severity.ERROR, field, rule, message);
  }

  /** A warning finding. */
  public static Finding warning(String field, String rule, String message) {
    return new Finding(Severity.WARNING, field, rule, message);
  }

  /** An information finding. */
  public static Finding info(String field, String rule, String message) {
    return new Finding(Severity.INFO, field, rule, message);
  }

  @Override
  public String toString() {
    return severity + " " + field + " [" + rule + "] " + message;
  }
}
