package org.gendan.documents.calc;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.product.Item;
import org.gendan.core.product.PackingSpec;
import org.gendan.core.product.Sku;

/**
 * The packing of an order (装箱): its {@link PackedLine}s with consecutive carton numbers and the
 * totals a packing list, a booking and the bank check (ISBP 821 M6: only the totals).
 *
 * <p>Every total is the sum of the line figures, which are themselves cartons × per-carton figures.
 * Measurement is kept to {@value #CBM_SCALE} decimals and printed to 3 ({@link #printedCbm}).
 *
 * @param lines the packed lines, in line-number order, carton numbers running 1..N without gaps
 */
public record Packing(List<PackedLine> lines) {

  /** Decimals kept for measurements (CBM). */
  public static final int CBM_SCALE = 4;
  /** The largest line quantity packed (in base units). */
  public static final BigDecimal MAX_UNITS = BigDecimal.valueOf(1_000_000_000L);
  /** Decimals kept for weights (kg). */
  public static final int WEIGHT_SCALE = 2;

  /** Creates the packing. @throws IllegalArgumentException if the carton numbers do not run 1..N */
  public Packing {
    lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    long next = 1;
    for (PackedLine l : lines) {
      if (l.firstCarton() != next) {
        throw new IllegalArgumentException("line " + l.lineNo() + " starts at carton " + l.firstCarton() + ", expected " + next);
      }
      next = l.lastCarton() + 1;
    }
  }

  /**
   * Packs an order: each line's quantity is converted to the item's base unit and divided into
   * cartons by the item's packing spec.
   *
   * @param order the order
   * @param items the items of the order's lines (others are ignored)
   * @return the packing, or the first rejection: {@code ITEM_UNKNOWN} (a line's SKU is not among the
   *         items), {@code PACKING_SPEC_MISSING} (an item has no packing spec),
   *         {@code UNIT_NOT_CONVERTIBLE} (the line's unit does not convert to the item's base unit),
   *         {@code ORDER_HAS_NO_LINES}
   */
  public static Either<Rejection, Packing> of(SalesOrder order, List<Item> items) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(items, "items");
    Map<Sku, Item> bySku = new TreeMap<>();
    for (Item i : items) {
      bySku.put(Objects.requireNonNull(i, "items contains null").sku(), i);
    }
    if (order.lines().isEmpty()) {
      return Either.left(Rejection.of("ORDER_HAS_NO_LINES", "order " + order.id() + " has no lines to pack (没有可装箱的明细)"));
    }
    List<PackedLine> out = new ArrayList<>();
    long next = 1;
    for (OrderLine line : order.lines()) {
      Item item = bySku.get(line.sku());
      if (item == null) {
        return Either.left(Rejection.of("ITEM_UNKNOWN", "order " + order.id() + " line " + line.lineNo() + ": item "
            + line.sku() + " is not in the item master (物料不存在)"));
      }
      if (item.packing().isEmpty()) {
        return Either.left(Rejection.of("PACKING_SPEC_MISSING", "order " + order.id() + " line " + line.lineNo() + ": item "
            + line.sku() + " has no packing spec (包装规格缺失); give units per carton, carton size and weights"));
      }
      Either<Rejection, Quantity> base = item.unitConversions().convert(line.quantity(), item.baseUnit());
      if (base.isLeft()) {
        return Either.left(base.getLeft());
      }
      PackedLine packed = line(line.lineNo(), line.sku(), base.get(), item.packing().get(), next);
      out.add(packed);
      next = packed.lastCarton() + 1;
    }
    return Either.right(new Packing(out));
  }

  /**
   * Packs one line: the figures for {@code quantity} of an item packed by {@code spec}, numbered from
   * {@code firstCarton}.
   *
   * @throws IllegalArgumentException if the quantity is not positive or the first carton not 1 or more
   */
  public static PackedLine line(int lineNo, Sku sku, Quantity quantity, PackingSpec spec, long firstCarton) {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(spec, "spec");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("line " + lineNo + ": quantity to pack must be positive: " + quantity);
    }
    if (firstCarton <= 0) {
      throw new IllegalArgumentException("first carton number must be 1 or more: " + firstCarton);
    }
    if (quantity.value().compareTo(MAX_UNITS) > 0) {
      throw new IllegalArgumentException("line " + lineNo + ": quantity " + quantity + " is beyond " + MAX_UNITS.toPlainString() + " units; check the order");
    }
    long cartons = spec.cartonsFor(quantity.value());
    BigDecimal cbmPerCarton = cbmPerCarton(spec);
    BigDecimal n = BigDecimal.valueOf(cartons);
    return new PackedLine(lineNo, sku, quantity, spec, cartons, firstCarton, firstCarton + cartons - 1, cbmPerCarton,
        Quantity.of(cbmPerCarton.multiply(n), Unit.CBM),
        Quantity.of(spec.netWeightKg().multiply(n).setScale(WEIGHT_SCALE, RoundingMode.HALF_UP), Unit.KG),
        Quantity.of(spec.grossWeightKg().multiply(n).setScale(WEIGHT_SCALE, RoundingMode.HALF_UP), Unit.KG));
  }

  /** The carton measurement L × W × H ÷ 1,000,000 rounded half-up to {@value #CBM_SCALE} decimals. */
  public static BigDecimal cbmPerCarton(PackingSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return spec.cbmPerCarton().setScale(CBM_SCALE, RoundingMode.HALF_UP);
  }

  /** The number of cartons (packages) in total; equals the last carton number. */
  public long totalCartons() {
    return lines.stream().mapToLong(PackedLine::cartons).sum();
  }

  /** The total measurement (CBM), the sum of the lines. */
  public Quantity totalMeasurement() {
    return lines.stream().map(PackedLine::measurement).reduce(Quantity.zero(Unit.CBM), Quantity::plus);
  }

  /** The total net weight (KG), the sum of the lines. */
  public Quantity totalNetWeight() {
    return lines.stream().map(PackedLine::netWeight).reduce(Quantity.zero(Unit.KG), Quantity::plus);
  }

  /** The total gross weight (KG), the sum of the lines. */
  public Quantity totalGrossWeight() {
    return lines.stream().map(PackedLine::grossWeight).reduce(Quantity.zero(Unit.KG), Quantity::plus);
  }

  /**
   * The total quantity per unit of measure (4,800 PCS and 300 SETS stay apart; a packing list with
   * several units states its total in packages).
   */
  public Map<Unit, Quantity> totalQuantities() {
    Map<Unit, Quantity> out = new TreeMap<>();
    for (PackedLine l : lines) {
      out.merge(l.quantity().unit(), l.quantity(), Quantity::plus);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The lines whose last carton is partial (尾箱), which the warehouse packs as mixed cartons. */
  public List<PackedLine> linesWithPartialCarton() {
    return lines.stream().filter(PackedLine::hasPartialCarton).toList();
  }

  /** A measurement as printed on documents: 3 decimals, half-up (21.600). */
  public static BigDecimal printedCbm(Quantity cbm) {
    Objects.requireNonNull(cbm, "cbm");
    if (cbm.unit() != Unit.CBM) {
      throw new IllegalArgumentException("printedCbm needs a quantity in CBM, got " + cbm.unit());
    }
    return cbm.value().setScale(3, RoundingMode.HALF_UP);
  }
}
