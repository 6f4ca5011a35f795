package org.gendan.scheduling.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.party.SupplierId;
import org.gendan.core.product.Sku;
import org.junit.jupiter.api.Test;

/** Purchase follow-up on random orders and receipts: bookkeeping, rate bounds, input-order independence. */
class PurchaseFollowUpProperties {

  private static final LocalDate D0 = LocalDate.of(2026, 3, 2);

  @Test
  void received_and_open_quantities_add_up_and_rates_stay_between_zero_and_one() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, 999)).ofSizeBetween(4, 60)).checkAssert(tape -> {
      int k = 0;
      int orders = 1 + tape.get(k++ % tape.size()) % 5;
      List<PurchaseOrder> pos = new ArrayList<>();
      for (int i = 0; i < orders; i++) {
        int qty = 1 + tape.get(k++ % tape.size()) % 100;
        int promised = tape.get(k++ % tape.size()) % 30;
        pos.add(new PurchaseOrder("PO-" + i, SupplierId.of("S1"), Sku.of("M"), Quantity.of(qty, Unit.PCS), D0,
            D0.plusDays(promised)));
      }
      List<GoodsReceipt> grs = new ArrayList<>();
      int count = tape.get(k++ % tape.size()) % 10;
      for (int i = 0; i < count; i++) {
        int po = tape.get(k++ % tape.size()) % orders;
        grs.add(new GoodsReceipt("PO-" + po, D0.plusDays(tape.get(k++ % tape.size()) % 40),
            Quantity.of(1 + tape.get(k++ % tape.size()) % 60, Unit.PCS)));
      }
      LocalDate today = D0.plusDays(40);
      PurchaseFollowUp f = PurchaseFollowUp.of(pos, grs, today).get();
      for (PurchaseOrderProgress p : f.progress()) {
        BigDecimal sum = p.receipts().stream().map(r -> r.quantity().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(p.received().value()).isEqualByComparingTo(sum);
        assertThat(p.open().value()).isEqualByComparingTo(p.order().quantity().value().subtract(sum).max(BigDecimal.ZERO));
        assertThat(p.isComplete()).isEqualTo(p.open().isZero());
      }
      PurchasingKpis kpi = f.kpis(D0, today);
      assertThat(kpi.receiptLines()).isEqualTo(grs.size());
      kpi.onTimeArrivalRate().ifPresent(r -> assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
      kpi.onTimeExecutionRate().ifPresent(r -> assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
      List<PurchaseOrder> rpos = new ArrayList<>(pos);
      Collections.reverse(rpos);
      List<GoodsReceipt> rgrs = new ArrayList<>(grs);
      Collections.reverse(rgrs);
      PurchaseFollowUp g = PurchaseFollowUp.of(rpos, rgrs, today).get();
      assertThat(g.kpis(D0, today)).isEqualTo(kpi);
      assertThat(g.openReceipts()).isEqualTo(f.openReceipts());
    });
  }
}
