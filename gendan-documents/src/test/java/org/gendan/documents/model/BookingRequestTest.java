package org.gendan.documents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.gendan.core.json.GendanJson;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.ShipmentMode;
import org.gendan.documents.calc.ContainerPlan;
import org.gendan.documents.calc.ContainerPlanner;
import org.gendan.documents.calc.ContainerType;
import org.gendan.documents.check.ConsistencyCheck;
import org.gendan.documents.check.PresentedDocuments;
import org.gendan.documents.render.HtmlRenderer;
import org.gendan.documents.testing.DocumentSamples;
import org.junit.jupiter.api.Test;

class BookingRequestTest {

  private final DocumentSet d = DocumentSamples.documents();
  private final ContainerPlan plan = ContainerPlanner.standard().plan(d.packing(), Optional.empty()).get();

  private BookingRequest booking() {
    return BookingRequest.of(d, plan, "BK-2026-0412", LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 30));
  }

  @Test
  void the_booking_carries_the_packing_totals_and_the_container_plan() {
    BookingRequest b = booking();
    assertThat(plan.toBookingText()).isEqualTo("1x20GP");
    assertThat(b.mode()).isEqualTo(ShipmentMode.SEA_FCL);
    assertThat(b.containers()).containsEntry(ContainerType.GP20, 1);
    assertThat(b.totalPackages()).isEqualTo(250);
    assertThat(b.grossWeight()).isEqualTo(Quantity.of(3300, Unit.KG));
    assertThat(b.hsCodes()).extracting(h -> h.value()).containsExactly("6105100000", "6109100000");
    assertThat(b.goodsDescription()).isEqualTo("Men's cotton T-shirt, Men's polo shirt");
    assertThat(GendanJson.read(GendanJson.write(b), BookingRequest.class).get()).isEqualTo(b);
    assertThat(HtmlRenderer.standard().render(b)).contains("订舱委托书").contains("1 x 20GP").contains("250 CTNS").contains("6109.10.0000");
  }

  @Test
  void a_booking_that_disagrees_with_the_packing_list_is_reported() {
    PresentedDocuments ok = PresentedDocuments.builder().invoice(d.invoice()).packingList(d.packingList()).booking(booking()).build();
    assertThat(ConsistencyCheck.check(ok)).isEmpty();
    BookingRequest wrong = booking().withTotalPackages(249).withGrossWeight(Quantity.of(3200, Unit.KG)).withDestination("BREMEN");
    assertThat(ConsistencyCheck.check(ok.withBooking(wrong))).extracting(f -> f.field())
        .containsExactly("BOOKING.totalPackages", "BOOKING.grossWeight", "BOOKING.destination");
  }

  @Test
  void bad_input_is_rejected_clearly() {
    assertThatThrownBy(() -> BookingRequest.of(null, plan, "BK", LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 30)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("set");
    assertThatThrownBy(() -> BookingRequest.of(d, null, "BK", LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 30)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("plan");
    assertThatThrownBy(() -> BookingRequest.of(d, plan, "BK", LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 19)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    assertThatThrownBy(() -> booking().withMode(ShipmentMode.AIR)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sea freight");
    assertThatThrownBy(() -> booking().withMode(ShipmentMode.SEA_LCL)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> booking().withTotalPackages(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HtmlRenderer.standard().render((BookingRequest) null)).isInstanceOf(NullPointerException.class);
  }
}
