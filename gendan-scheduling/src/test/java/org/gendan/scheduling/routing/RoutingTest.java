package org.gendan.scheduling.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gendan.core.measure.Unit;
import org.gendan.core.product.Sku;
import org.junit.jupiter.api.Test;

class RoutingTest {

  @Test
  void run_minutes_round_up_to_whole_minutes_and_units_per_hour_convert_to_minutes_per_unit() {
    assertThat(Operation.of("sew", "SEW", 30, "0.35", 0).runMinutesFor(new BigDecimal("10"))).isEqualTo(4);
    assertThat(Operation.ofUnitsPerHour("pack", "PACK", 0, new BigDecimal("120"), 0).runMinutesPerUnit()).isEqualByComparingTo("0.5");
  }

  @Test
  void the_routing_book_finds_an_items_routing() {
    Routing r = Routing.of(Sku.of("TS-1"), Unit.PCS, Operation.of("sew", "SEW", 0, "1", 0));
    assertThat(RoutingBook.of(List.of(r)).routing(Sku.of("TS-1"))).contains(r);
    assertThat(RoutingBook.of(List.of(r)).routing(Sku.of("TS-2"))).isEmpty();
  }

  @Test
  void bad_routings_are_rejected_with_a_clear_message() {
    assertThatThrownBy(() -> Operation.of("x", "G", -1, "1", 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> Operation.of(" ", "G", 1, "1", 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> Operation.of("x", "G", 1, "0.0000001", 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 decimals");
    assertThatThrownBy(() -> Operation.ofUnitsPerHour("x", "G", 1, BigDecimal.ZERO, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> Operation.of("x", "G", 1, "1", 0).runMinutesFor(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Operation.of("x", "G", 1, "100000", 0).runMinutesFor(new BigDecimal("1000000"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1,000,000,000");
    assertThatThrownBy(() -> new Routing(Sku.of("A"), Unit.PCS, List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..50");
    Routing r = Routing.of(Sku.of("A"), Unit.PCS, Operation.of("x", "G", 0, "1", 0));
    assertThatThrownBy(() -> RoutingBook.of(List.of(r, r))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two routings");
    assertThatThrownBy(() -> new RoutingBook(Map.of(Sku.of("B"), r))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filed under");
  }
}
