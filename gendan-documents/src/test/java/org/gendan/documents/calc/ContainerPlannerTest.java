package org.gendan.documents.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.CurrencyMismatchException;
import org.gendan.core.money.Money;
import org.gendan.core.order.ShipmentMode;
import org.gendan.core.product.PackingSpec;
import org.junit.jupiter.api.Test;

class ContainerPlannerTest {

  private final ContainerPlanner planner = ContainerPlanner.standard();

  private static Quantity cbm(String v) {
    return Quantity.of(v, Unit.CBM);
  }

  private static Quantity kg(String v) {
    return Quantity.of(v, Unit.KG);
  }

  private static FreightRates rates(String lcl, String gp20, String gp40, String hq40) {
    return new FreightRates(Money.of(lcl, "USD"), Map.of(ContainerType.GP20, Money.of(gp20, "USD"),
        ContainerType.GP40, Money.of(gp40, "USD"), ContainerType.HQ40, Money.of(hq40, "USD")));
  }

  @Test
  void cartons_of_60_40_45_fit_500_upright_or_600_turned_into_a_40hq() {
    PackingSpec spec = PackingSpec.of(24, "60", "40", "45", "12", "13.5");
    ContainerSpec hq = ContainerSpec.standard(ContainerType.HQ40);
    CartonFit upright = CartonFit.of(spec, hq, true);
    assertThat(upright.cartons()).isEqualTo(500);
    assertThat(upright.upright()).isTrue();
    assertThat(List.of(upright.alongLength(), upright.alongWidth(), upright.alongHeight())).containsExactly(20, 5, 5);
    assertThat(CartonFit.of(spec, hq, false).cartons()).isEqualTo(600);
  }

  @Test
  void a_small_shipment_goes_lcl_below_the_threshold_without_rates() {
    ContainerPlan plan = planner.plan(cbm("12.5"), kg("3000"), Optional.empty()).get();
    assertThat(plan.mode()).isEqualTo(ShipmentMode.SEA_LCL);
    assertThat(plan.toBookingText()).isEqualTo("LCL");
    assertThat(plan.revenueTons()).isEqualByComparingTo("12.5");
    assertThat(plan.reason()).contains("threshold");
  }

  @Test
  void volume_picks_the_fewest_containers_then_the_smallest() {
    assertThat(planner.plan(cbm("21.6"), kg("2700"), Optional.empty()).get().toBookingText()).isEqualTo("1x20GP");
    assertThat(planner.plan(cbm("45"), kg("6000"), Optional.empty()).get().toBookingText()).isEqualTo("1x40GP");
    assertThat(planner.plan(cbm("63"), kg("6000"), Optional.empty()).get().toBookingText()).isEqualTo("1x40HQ");
    assertThat(planner.plan(cbm("90"), kg("9000"), Optional.empty()).get().toBookingText()).isEqualTo("1x40HQ + 1x20GP");
  }

  @Test
  void dense_cargo_is_bound_by_weight_before_volume() {
    ContainerPlan plan = planner.plan(cbm("20"), kg("30000"), Optional.empty()).get();
    assertThat(plan.containerCount()).isEqualTo(2);
    assertThat(plan.isWeightBound()).isTrue();
    assertThat(plan.toBookingText()).isEqualTo("2x20GP");
  }

  @Test
  void with_rates_lcl_is_chosen_below_the_break_even_and_fcl_above() {
    FreightRates r = rates("85", "1800", "2400", "2500");
    ContainerPlan small = planner.plan(cbm("18"), kg("2000"), Optional.of(r)).get();
    assertThat(small.mode()).isEqualTo(ShipmentMode.SEA_LCL);
    assertThat(small.lclCost()).contains(Money.of("1530.00", "USD"));
    assertThat(small.fclCost()).contains(Money.of("1800.00", "USD"));
    assertThat(small.breakEvenRevenueTons()).contains(new BigDecimal("21.18"));
    ContainerPlan larger = planner.plan(cbm("22"), kg("2000"), Optional.of(r)).get();
    assertThat(larger.mode()).isEqualTo(ShipmentMode.SEA_FCL);
    assertThat(larger.toBookingText()).isEqualTo("1x20GP");
    ContainerPlan heavyLcl = planner.plan(cbm("5"), kg("24000"), Optional.of(r)).get();
    assertThat(heavyLcl.revenueTons()).isEqualByComparingTo("24");
    assertThat(heavyLcl.lclCost()).contains(Money.of("2040.00", "USD"));
    assertThat(heavyLcl.fclCost()).contains(Money.of("2400.00", "USD"));
    assertThat(heavyLcl.mode()).isEqualTo(ShipmentMode.SEA_LCL);
  }

  @Test
  void with_rates_the_cheapest_combination_wins_even_with_more_containers() {
    FreightRates r = rates("85", "1000", "3000", "3100");
    assertThat(planner.plan(cbm("50"), kg("5000"), Optional.of(r)).get().toBookingText()).isEqualTo("2x20GP");
  }

  @Test
  void a_house_may_plan_with_textbook_capacities() {
    ContainerPlanner textbook = planner.withContainers(List.of(
        ContainerSpec.standard(ContainerType.GP20).withUsable(BigDecimal.valueOf(25), BigDecimal.valueOf(17_500)),
        ContainerSpec.standard(ContainerType.GP40).withUsable(BigDecimal.valueOf(55), BigDecimal.valueOf(22_000))));
    assertThat(textbook.plan(cbm("26"), kg("1000"), Optional.empty()).get().toBookingText()).isEqualTo("1x40GP");
  }

  @Test
  void bad_input_is_rejected_clearly() {
    assertThatThrownBy(() -> planner.plan(cbm("0"), kg("1"), Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> planner.plan(kg("1"), kg("1"), Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("volume");
    assertThatThrownBy(() -> planner.plan(cbm("1"), kg("1"), null)).isInstanceOf(NullPointerException.class).hasMessageContaining("rates");
    assertThatThrownBy(() -> planner.plan((Packing) null, Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThat(planner.plan(cbm("20000"), kg("1"), Optional.empty()).getLeft().code()).isEqualTo("SHIPMENT_TOO_LARGE");
    assertThatThrownBy(() -> planner.withContainers(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> planner.withContainers(List.of(ContainerSpec.standard(ContainerType.GP20), ContainerSpec.standard(ContainerType.GP20))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> planner.withLclThreshold(BigDecimal.valueOf(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContainerSpec.standard(ContainerType.GP20).withUsable(BigDecimal.valueOf(40), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nominal");
    assertThatThrownBy(() -> new FreightRates(Money.of("85", "USD"), Map.of(ContainerType.GP20, Money.of("1", "EUR"))))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> new FreightRates(Money.of("0", "USD"), Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CartonFit.of(null, ContainerSpec.standard(ContainerType.GP20), true)).isInstanceOf(NullPointerException.class);
    FreightRates onlyLcl = new FreightRates(Money.of("85", "USD"), Map.of());
    assertThat(planner.plan(cbm("40"), kg("1"), Optional.of(onlyLcl)).get().mode()).isEqualTo(ShipmentMode.SEA_LCL);
  }
}
