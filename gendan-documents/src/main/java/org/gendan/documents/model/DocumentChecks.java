package org.gendan.documents.model;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gendan.core.Ids;
import org.gendan.core.money.CurrencyMismatchException;
import org.gendan.core.money.Money;

/** Structural checks shared by the document values. */
final class DocumentChecks {
  /** The most lines a document may have. */
  static final int MAX_LINES = 10_000;

  private DocumentChecks() {}

  static void goodsLines(String doc, List<GoodsLine> lines, Currency currency) {
    if (lines.size() > MAX_LINES) {
      throw new IllegalArgumentException(doc + " has more than " + MAX_LINES + " lines");
    }
    Set<Integer> seen = new HashSet<>();
    for (GoodsLine l : lines) {
      if (!seen.add(l.lineNo())) {
        throw new IllegalArgumentException(doc + ": line number " + l.lineNo() + " appears twice");
      }
      if (!l.unitPrice().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, l.unitPrice().currency());
      }
    }
  }

  static void money(Money m, Currency currency) {
    if (!m.currency().equals(currency)) {
      throw new CurrencyMismatchException(currency, m.currency());
    }
  }

  static void number(String number, String what) {
    Ids.requireValid(number, what);
  }

  static void place(String place, String what) {
    Ids.requireNonBlankText(place, what, 100);
  }
}
