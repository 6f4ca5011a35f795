package org.gendan.documents.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gendan.core.order.ShippingMarks;
import org.gendan.core.product.Item;
import org.gendan.core.product.PackingSpec;

/**
 * Shipping marks (唛头) for cartons and documents, after UN/ECE Recommendation 15: a main mark of
 * consignee initials, a reference number, the destination and the package number, plus Chinese side
 * marks (侧唛). On documents "C/NO. 1-200" stands for the carton range and "N/M" for no marks.
 */
public final class ShippingMarkText {

  /** The text printed when there are no marks. */
  public static final String NO_MARKS = "N/M";

  private ShippingMarkText() {}

  /**
   * The standard main mark: consignee code, reference, destination and {@code C/NO. 1-N}.
   *
   * @throws IllegalArgumentException if a text is blank or the carton count not positive
   */
  public static ShippingMarks standard(String consignee, String reference, String destination, long totalCartons) {
    requireNonBlank(consignee, "consignee");
    requireNonBlank(reference, "reference");
    requireNonBlank(destination, "destination");
    if (totalCartons <= 0) {
      throw new IllegalArgumentException("total cartons must be positive: " + totalCartons);
    }
    return ShippingMarks.of(consignee.strip().toUpperCase(Locale.ROOT), reference.strip().toUpperCase(Locale.ROOT),
        destination.strip().toUpperCase(Locale.ROOT), "C/NO. 1-" + totalCartons);
  }

  /**
   * The marks with the open carton range {@code 1-UP} (as written before packing is known) replaced by
   * {@code 1-N}; other lines unchanged.
   *
   * @throws IllegalArgumentException if the carton count is not positive
   */
  public static ShippingMarks withCartonRange(ShippingMarks marks, long totalCartons) {
    Objects.requireNonNull(marks, "marks");
    if (totalCartons <= 0) {
      throw new IllegalArgumentException("total cartons must be positive: " + totalCartons);
    }
    return new ShippingMarks(replace(marks.mainMarks(), totalCartons), replace(marks.sideMarks(), totalCartons));
  }

  private static List<String> replace(List<String> lines, long total) {
    List<String> out = new ArrayList<>(lines.size());
    for (String l : lines) {
      out.add(l.replaceAll("(?i)\\b1\\s*-\\s*UP\\b", "1-" + total));
    }
    return out;
  }

  /** The marks as printed in the "Marks &amp; Nos." column: lines joined by new lines, or N/M. */
  public static String toDocumentText(ShippingMarks marks) {
    Objects.requireNonNull(marks, "marks");
    if (marks.isNone()) {
      return NO_MARKS;
    }
    List<String> all = new ArrayList<>(marks.mainMarks());
    all.addAll(marks.sideMarks());
    return String.join("\n", all);
  }

  /** The package number printed on carton {@code n} of {@code total}: {@code 3/200}. */
  public static String packageNumber(long n, long total) {
    if (n <= 0 || total <= 0 || n > total) {
      throw new IllegalArgumentException("package number must be 1.." + total + ": " + n);
    }
    return n + "/" + total;
  }

  /**
   * The side mark (侧唛) of an item's carton: item number, quantity per carton, net and gross weight,
   * measurement and origin.
   *
   * @throws IllegalArgumentException if the item has no packing spec
   */
  public static List<String> sideMarks(Item item, String countryOfOrigin) {
    Objects.requireNonNull(item, "item");
    requireNonBlank(countryOfOrigin, "countryOfOrigin");
    PackingSpec p = item.packing().orElseThrow(() -> new IllegalArgumentException("item " + item.sku() + " has no packing spec"));
    return List.of("ITEM NO.: " + item.sku(),
        "QTY: " + p.unitsPerCarton() + " " + item.baseUnit(),
        "N.W.: " + kg(p.netWeightKg()) + " KGS",
        "G.W.: " + kg(p.grossWeightKg()) + " KGS",
        "MEAS: " + cm(p.lengthCm()) + "X" + cm(p.widthCm()) + "X" + cm(p.heightCm()) + " CM",
        "MADE IN " + countryOfOrigin.strip().toUpperCase(Locale.ROOT));
  }

  private static String kg(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 1 ? v.setScale(1) : s).toPlainString();
  }

  private static String cm(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private static void requireNonBlank(String v, String what) {
    Objects.requireNonNull(v, what);
    if (v.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
