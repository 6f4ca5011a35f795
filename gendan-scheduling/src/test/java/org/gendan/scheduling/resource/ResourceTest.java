package org.gendan.scheduling.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.gendan.scheduling.calendar.TimeRange;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

class ResourceTest {

  static final LocalDateTime T = LocalDateTime.of(2026, 3, 2, 8, 0);

  @Test
  void a_faster_line_runs_faster_but_sets_up_at_the_same_pace_and_efficiency_slows_both() {
    ProductionLine fast = ProductionLine.of("L").withSpeedFactor(new BigDecimal("1.5"));
    assertThat(fast.minutesFor(30, 90)).isEqualTo(30 + 60);
    ProductionLine tired = ProductionLine.of("L").withEfficiency(new BigDecimal("0.8"));
    assertThat(tired.minutesFor(30, 100)).isEqualTo(38 + 125);
    assertThat(ProductionLine.of("L").minutesFor(0, 0)).isEqualTo(1);
  }

  @Test
  void a_line_can_be_taken_down_in_the_plant() {
    Plant plant = Plant.of(WorkCenterGroup.of("SEW", "缝制车间", WorkCalendar.continuous(), ProductionLine.of("SEW-1"), ProductionLine.of("SEW-2")));
    Plant down = plant.withLineDown(LineId.of("SEW-2"), TimeRange.of(T, T.plusHours(4)));
    assertThat(down.line(LineId.of("SEW-2")).orElseThrow().downPeriods()).containsExactly(TimeRange.of(T, T.plusHours(4)));
    assertThat(down.line(LineId.of("SEW-1")).orElseThrow().downPeriods()).isEmpty();
    assertThat(down.groupOf(LineId.of("SEW-1")).orElseThrow().department()).isEqualTo("缝制车间");
  }

  @Test
  void bad_resources_are_rejected_with_a_clear_message() {
    WorkCalendar c = WorkCalendar.continuous();
    assertThatThrownBy(() -> ProductionLine.of("L").withSpeedFactor(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("speed factor");
    assertThatThrownBy(() -> ProductionLine.of("L").withEfficiency(new BigDecimal("3"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("efficiency");
    assertThatThrownBy(() -> ProductionLine.of(" L")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line id");
    assertThatThrownBy(() -> ProductionLine.of("L").minutesFor(-1, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> new WorkCenterGroup(WorkCenterGroupId.of("G"), "d", c, List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one line");
    assertThatThrownBy(() -> WorkCenterGroup.of("G", "d", c, ProductionLine.of("L"), ProductionLine.of("L"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> WorkCenterGroup.of("G", " ", c, ProductionLine.of("L"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("department");
    assertThatThrownBy(() -> Plant.of(WorkCenterGroup.of("G", "d", c, ProductionLine.of("L")), WorkCenterGroup.of("H", "d", c, ProductionLine.of("L"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line L");
    assertThatThrownBy(() -> Plant.of()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    assertThatThrownBy(() -> Plant.of(WorkCenterGroup.of("G", "d", c, ProductionLine.of("L"))).withLineDown(LineId.of("X"), TimeRange.of(T, T.plusHours(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no line X");
  }
}
