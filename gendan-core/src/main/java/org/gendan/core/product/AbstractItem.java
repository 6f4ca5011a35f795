package org.gendan.core.product;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Unit;
import org.gendan.core.measure.UnitConversions;
import org.immutables.value.Value;

/**
 * An item (产品 / 物料): what is sold, made or bought, with the data documents and planning need.
 *
 * <p>Build with {@code Item.builder()}; SKU, English name and base unit are required. The item's
 * {@link #unitConversions()} include one carton = units per carton when a packing spec is given.
 */
@Value.Immutable
@JsonSerialize(as = Item.class)
@JsonDeserialize(as = Item.class)
abstract class AbstractItem {

  /** The SKU (货号). */
  public abstract Sku sku();

  /** The English name, as in the description of goods on documents. */
  public abstract String nameEn();

  /** The Chinese name (品名). */
  public abstract Optional<String> nameZh();

  /** The specification (规格): material, size, colourway, construction. */
  public abstract Optional<String> specification();

  /** The HS code for customs and inspection. */
  public abstract Optional<HsCode> hsCode();

  /** The unit the item is counted, planned and priced in. */
  public abstract Unit baseUnit();

  /** The export packing spec, for finished goods. */
  public abstract Optional<PackingSpec> packing();

  /** Made in-house, bought or subcontracted (defaults to MAKE). */
  @Value.Default
  public MakeOrBuy makeOrBuy() {
    return MakeOrBuy.MAKE;
  }

  /** Standard lead time in calendar days from order to availability (标准交期). */
  @Value.Default
  public int standardLeadTimeDays() {
    return 0;
  }

  /** Whether the goods are subject to statutory inspection (法检) by their HS code. */
  @Value.Default
  public boolean statutoryInspection() {
    return false;
  }

  /** Item-specific conversions in addition to the packing spec's carton (e.g. 1 SET = 3 PCS). */
  @Value.Default
  public UnitConversions extraConversions() {
    return UnitConversions.NONE;
  }

  /** All of the item's conversions: the extra ones plus 1 CTN = units per carton (base unit). */
  @Value.Lazy
  public UnitConversions unitConversions() {
    UnitConversions all = extraConversions();
    if (packing().isPresent() && baseUnit() != Unit.CTN) {
      all = all.with(Unit.CTN, BigDecimal.valueOf(packing().get().unitsPerCarton()), baseUnit());
    }
    return all;
  }

  @Value.Check
  protected void check() {
    Ids.requireText(nameEn(), "item English name", 300);
    if (nameEn().isBlank()) {
      throw new IllegalArgumentException("item " + sku() + " needs an English name");
    }
    nameZh().ifPresent(n -> Ids.requireText(n, "item Chinese name", 300));
    specification().ifPresent(n -> Ids.requireText(n, "item specification", 2000));
    if (standardLeadTimeDays() < 0 || standardLeadTimeDays() > 730) {
      throw new IllegalArgumentException("standard lead time of " + sku() + " must be 0..730 days: " + standardLeadTimeDays());
    }
  }
}
