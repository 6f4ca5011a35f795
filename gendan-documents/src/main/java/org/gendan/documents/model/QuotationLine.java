package org.gendan.documents.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.product.Item;
import org.gendan.core.product.PackingSpec;
import org.gendan.core.product.Sku;
import org.gendan.core.terms.IncotermRule;
import org.gendan.documents.calc.ExportQuote;

/**
 * A line of a quotation: the item, its price under the quotation's trade term, the minimum order
 * quantity and the packing.
 *
 * @param lineNo      the line number
 * @param sku         the item number
 * @param description the description
 * @param price       the quoted unit price
 * @param moq         the minimum order quantity (起订量), if any
 * @param packing     the packing as quoted, e.g. {@code 24 PCS/CTN, 60X40X45 CM}
 */
public record QuotationLine(int lineNo, Sku sku, String description, UnitPrice price, Optional<Quantity> moq, Optional<String> packing) {

  /** Creates the line. @throws IllegalArgumentException if a value is out of range */
  public QuotationLine {
    if (lineNo <= 0 || lineNo > 99_999) {
      throw new IllegalArgumentException("line number must be 1..99999: " + lineNo);
    }
    Objects.requireNonNull(sku, "sku");
    Ids.requireNonBlankText(description, "line " + lineNo + " description", 2000);
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(moq, "moq");
    Objects.requireNonNull(packing, "packing");
    moq.ifPresent(q -> {
      if (!q.isPositive()) {
        throw new IllegalArgumentException("line " + lineNo + ": minimum order quantity must be positive: " + q);
      }
    });
    packing.ifPresent(p -> Ids.requireText(p, "packing", 500));
  }

  /**
   * The line for an item priced by an export price build-up: the FOB price for FOB/FCA, CFR for
   * CFR/CPT, CIF for CIF/CIP.
   *
   * @throws IllegalArgumentException for another trade term, which the build-up does not price
   */
  public static QuotationLine of(int lineNo, Item item, ExportQuote quote, IncotermRule rule, Optional<Quantity> moq) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(rule, "rule");
    UnitPrice price;
    switch (rule) {
      case FOB: case FCA: price = quote.fob(); break;
      case CFR: case CPT: price = quote.cfr(); break;
      case CIF: case CIP: price = quote.cif(); break;
      default:
        throw new IllegalArgumentException("the export price build-up gives FOB, CFR and CIF prices, not " + rule);
    }
    String description = item.nameEn() + item.specification().map(s -> ", " + s).orElse("");
    return new QuotationLine(lineNo, item.sku(), description, price, moq, item.packing().map(p -> packingText(p, item)));
  }

  private static String packingText(PackingSpec p, Item item) {
    return p.unitsPerCarton() + " " + item.baseUnit() + "/CTN, " + cm(p.lengthCm()) + "X" + cm(p.widthCm()) + "X" + cm(p.heightCm()) + " CM";
  }

  private static String cm(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
