package org.gendan.core.terms;

import java.util.Locale;
import java.util.Objects;
import org.gendan.core.Ids;

/**
 * A trade term as written on a contract: an Incoterms 2020 rule with its named place, e.g.
 * {@code FOB NINGBO INCOTERMS 2020}.
 *
 * @param rule       the rule
 * @param namedPlace the named place or port, e.g. NINGBO; not blank
 */
public record Incoterm(IncotermRule rule, String namedPlace) {

  /** Creates the term. @throws IllegalArgumentException if the place is blank or too long */
  public Incoterm {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(namedPlace, "namedPlace");
    if (namedPlace.isBlank()) {
      throw new IllegalArgumentException("the named place of " + rule + " must not be blank (e.g. FOB NINGBO)");
    }
    Ids.requireText(namedPlace, "named place", 100);
    namedPlace = namedPlace.strip();
  }

  /** The term of the rule and place. */
  public static Incoterm of(IncotermRule rule, String namedPlace) {
    return new Incoterm(rule, namedPlace);
  }

  /**
   * Parses {@code "FOB NINGBO"} or {@code "CIF HAMBURG INCOTERMS 2020"}.
   *
   * @throws IllegalArgumentException if the rule is not an Incoterms 2020 rule or the place is missing
   */
  public static Incoterm parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip().replaceAll("(?i)\\s+INCOTERMS\\s*(®)?\\s*2020$", "");
    int space = t.indexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException("trade term '" + text + "' needs a rule and a named place, e.g. FOB NINGBO");
    }
    String rule = t.substring(0, space).toUpperCase(Locale.ROOT);
    try {
      return new Incoterm(IncotermRule.valueOf(rule), t.substring(space + 1));
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("No enum constant")) {
        throw new IllegalArgumentException("'" + rule + "' is not an Incoterms 2020 rule (EXW FCA FAS FOB CFR CIF CPT CIP DAP DPU DDP)");
      }
      throw e;
    }
  }

  /** The text as printed on documents: {@code FOB NINGBO INCOTERMS 2020}. */
  public String toDocumentText() {
    return rule + " " + namedPlace.toUpperCase(Locale.ROOT) + " INCOTERMS 2020";
  }

  @Override
  public String toString() {
    return rule + " " + namedPlace;
  }
}
