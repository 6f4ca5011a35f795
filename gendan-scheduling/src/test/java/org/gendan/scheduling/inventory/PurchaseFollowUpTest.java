package org.gendan.scheduling.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.party.SupplierId;
import org.gendan.core.product.Sku;
import org.junit.jupiter.api.Test;

class PurchaseFollowUpTest {

  private static final LocalDate D1 = LocalDate.of(2026, 3, 2);
  private static final SupplierId MILL = SupplierId.of("S-MILL");
  private static final Sku FABRIC = Sku.of("FAB-01");

  private static Quantity m(long n) {
    return Quantity.of(n, Unit.M);
  }

  private static PurchaseOrder po(String id, long qty, int promisedDay) {
    return new PurchaseOrder(id, MILL, FABRIC, m(qty), D1, D1.plusDays(promisedDay));
  }

  private static GoodsReceipt gr(String po, int day, long qty) {
    return new GoodsReceipt(po, D1.plusDays(day), m(qty));
  }

  /** PO-1 early in full; PO-2 partial on time then the rest late; PO-3 partial and overdue; PO-4 not yet due. */
  private static PurchaseFollowUp sample() {
    return PurchaseFollowUp.of(
        List.of(po("PO-1", 1000, 10), po("PO-2", 500, 12), po("PO-3", 300, 14), po("PO-4", 200, 40)),
        List.of(gr("PO-2", 16, 200), gr("PO-1", 8, 1000), gr("PO-2", 11, 300), gr("PO-3", 13, 100)),
        D1.plusDays(20)).get();
  }

  @Test
  void partial_early_and_late_receipts_become_purchase_order_progress() {
    PurchaseFollowUp f = sample();
    PurchaseOrderProgress p1 = f.progressOf("PO-1").orElseThrow();
    assertThat(p1.isCompletedOnTime()).isTrue();
    assertThat(p1.daysLate(f.today())).isZero();
    PurchaseOrderProgress p2 = f.progressOf("PO-2").orElseThrow();
    assertThat(p2.received()).isEqualTo(m(500));
    assertThat(p2.completedOn()).contains(D1.plusDays(16));
    assertThat(p2.isCompletedOnTime()).isFalse();
    assertThat(p2.daysLate(f.today())).isEqualTo(4);
    PurchaseOrderProgress p3 = f.progressOf("PO-3").orElseThrow();
    assertThat(p3.open()).isEqualTo(m(200));
    assertThat(p3.daysLate(f.today())).isEqualTo(6);
    assertThat(f.overdue()).extracting(p -> p.order().id()).containsExactly("PO-3");
  }

  @Test
  void open_quantities_become_scheduled_receipts_for_mrp() {
    assertThat(sample().openReceipts()).extracting(r -> r.id() + " " + r.quantity() + " " + r.due())
        .containsExactly("PO-3 200 M 2026-03-16", "PO-4 200 M 2026-04-11");
  }

  @Test
  void on_time_arrival_rate_counts_receipt_lines_and_execution_rate_counts_orders_due() {
    PurchasingKpis k = sample().kpis(D1, D1.plusDays(30));
    assertThat(k.receiptLines()).isEqualTo(4);
    assertThat(k.onTimeReceiptLines()).isEqualTo(3);
    assertThat(k.onTimeArrivalRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.75"));
    assertThat(k.purchaseOrdersDue()).as("PO-4 is not due yet").isEqualTo(3);
    assertThat(k.purchaseOrdersOnTime()).isEqualTo(1);
    assertThat(k.onTimeExecutionRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.3333"));
  }

  @Test
  void a_range_with_nothing_in_it_has_no_rates() {
    PurchasingKpis k = sample().kpis(D1.minusDays(30), D1.minusDays(1));
    assertThat(k.onTimeArrivalRate()).isEmpty();
    assertThat(k.onTimeExecutionRate()).isEmpty();
  }

  @Test
  void bad_receipts_are_rejected() {
    assertThat(PurchaseFollowUp.of(List.of(po("PO-1", 10, 5)), List.of(gr("PO-9", 1, 5)), D1.plusDays(9))
        .getLeft().code()).isEqualTo("UNKNOWN_PURCHASE_ORDER");
    assertThat(PurchaseFollowUp.of(List.of(po("PO-1", 10, 5)), List.of(gr("PO-1", 10, 5)), D1.plusDays(9))
        .getLeft().code()).isEqualTo("RECEIPT_DATE_INVALID");
    assertThat(PurchaseFollowUp.of(List.of(po("PO-1", 10, 5)), List.of(gr("PO-1", -1, 5)), D1.plusDays(9))
        .getLeft().code()).isEqualTo("RECEIPT_DATE_INVALID");
    assertThat(PurchaseFollowUp.of(List.of(po("PO-1", 10, 5), po("PO-1", 5, 5)), List.of(), D1)
        .getLeft().code()).isEqualTo("DUPLICATE_PURCHASE_ORDER");
    assertThat(PurchaseFollowUp.of(List.of(po("PO-1", 10, 5)),
        List.of(new GoodsReceipt("PO-1", D1, Quantity.of(1, Unit.KG))), D1).getLeft().code()).isEqualTo("UNIT_MISMATCH");
    assertThatThrownBy(() -> new PurchaseOrder("PO-1", MILL, FABRIC, m(10), D1, D1.minusDays(1)))
        .hasMessageContaining("before the order date");
    assertThatThrownBy(() -> gr("PO-1", 1, 0)).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> sample().kpis(D1, D1.minusDays(1))).hasMessageContaining("before it starts");
    assertThatThrownBy(() -> PurchaseFollowUp.of(null, List.of(), D1)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void the_follow_up_does_not_depend_on_the_order_of_the_receipts() {
    PurchaseFollowUp a = sample();
    PurchaseFollowUp b = PurchaseFollowUp.of(
        List.of(po("PO-4", 200, 40), po("PO-3", 300, 14), po("PO-2", 500, 12), po("PO-1", 1000, 10)),
        List.of(gr("PO-3", 13, 100), gr("PO-2", 11, 300), gr("PO-1", 8, 1000), gr("PO-2", 16, 200)),
        D1.plusDays(20)).get();
    assertThat(b.progress()).isEqualTo(a.progress());
  }
}
