package org.gendan.documents.report;

import java.util.List;
import java.util.Objects;
import org.gendan.core.measure.Quantity;

/**
 * One line of the quantities by item (按产品下单出货数量汇总表).
 *
 * @param sku      the item number
 * @param itemName the item's name (the number when unknown)
 * @param ordered  the quantity ordered
 * @param shipped  the quantity on shipped orders
 */
public record ItemQuantityRow(String sku, String itemName, Quantity ordered, Quantity shipped) implements CsvRow {
  /** The CSV header. */
  public static final List<String> HEADER = List.of("货号 Item No.", "品名 Item", "单位 Unit", "下单数量 Ordered", "出货数量 Shipped");

  /** Checks for nulls. */
  public ItemQuantityRow {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(itemName, "itemName");
    Objects.requireNonNull(ordered, "ordered");
    Objects.requireNonNull(shipped, "shipped");
  }

  @Override
  public List<String> cells() {
    return List.of(sku, itemName, ordered.unit().toString(), ordered.value().toPlainString(), shipped.value().toPlainString());
  }
}
