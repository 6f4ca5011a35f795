package org.gendan.documents.check;

import java.util.List;
import java.util.Objects;
import org.gendan.core.Ids;
import org.gendan.core.review.Severity;

/**
 * One finding of the consistency check: which rule, how serious, which documents and field, what was
 * expected and what the document states.
 *
 * @param severity  ERROR (a bank would refuse / the documents conflict), WARNING (check with the
 *                  bank or the customer), INFO (not a ground for refusal, or a check not made)
 * @param rule      the rule, with its article
 * @param documents the documents involved, e.g. {@code [CI, PL]} (S/C, PI, CI, PL, L/C, VOUCHER)
 * @param field     the field, as a path: {@code CI.lines[2].quantity}, {@code PL.totalGrossWeight}
 * @param expected  the value expected (from the other document, the credit or the computation)
 * @param actual    the value stated
 * @param message   the explanation for the 跟单员
 */
public record ConsistencyFinding(Severity severity, ConsistencyRule rule, List<String> documents, String field,
    String expected, String actual, String message) {

  /** Creates the finding. */
  public ConsistencyFinding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
    Ids.requireNonBlankText(field, "field", 200);
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Ids.requireNonBlankText(message, "message", 4000);
  }

  /** The rule's article, e.g. {@code UCP 600 art. 18(a)(iii)}. */
  public String article() {
    return rule.article();
  }

  @Override
  public String toString() {
    return severity + " " + rule.id() + " (" + rule.article() + ") " + field + ": " + message;
  }
}
