package org.gendan.documents.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.product.PackingSpec;
import org.gendan.core.product.Sku;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PackingProperties {

  /** A packing spec with plausible figures: 1..200 units, 10..120 cm, weights with 0..2 decimals. */
  static Gen<PackingSpec> specs() {
    return integers().between(1, 200).zip(integers().between(100, 1200), integers().between(100, 1200), integers().between(100, 1200),
        (units, l, w, h) -> new int[] {units, l, w, h})
        .zip(integers().between(1, 5000), integers().between(0, 500), (d, net, extra) -> PackingSpec.of(d[0],
            BigDecimal.valueOf(d[1], 1).toPlainString(), BigDecimal.valueOf(d[2], 1).toPlainString(), BigDecimal.valueOf(d[3], 1).toPlainString(),
            BigDecimal.valueOf(net, 2).toPlainString(), BigDecimal.valueOf(net + extra, 2).toPlainString()));
  }

  static Gen<Packing> packings() {
    return lists().of(specs().zip(integers().between(1, 100_000), (s, q) -> Map.entry(s, q))).ofSizeBetween(1, 8).map(entries -> {
      List<PackedLine> lines = new ArrayList<>();
      long next = 1;
      for (int i = 0; i < entries.size(); i++) {
        PackedLine l = Packing.line(i + 1, Sku.of("S-" + i), Quantity.of(entries.get(i).getValue(), Unit.PCS), entries.get(i).getKey(), next);
        lines.add(l);
        next = l.lastCarton() + 1;
      }
      return new Packing(lines);
    });
  }

  @Test
  void cartons_hold_the_quantity_and_one_carton_less_would_not() {
    qt().withExamples(300).forAll(specs(), integers().between(1, 1_000_000)).checkAssert((spec, qty) -> {
      PackedLine l = Packing.line(1, Sku.of("S"), Quantity.of(qty, Unit.PCS), spec, 1);
      assertThat(l.cartons() * spec.unitsPerCarton()).isGreaterThanOrEqualTo(qty);
      assertThat((l.cartons() - 1) * spec.unitsPerCarton()).isLessThan(qty);
      assertThat(l.hasPartialCarton()).isEqualTo(qty % spec.unitsPerCarton() != 0);
    });
  }

  @Test
  void line_figures_are_cartons_times_per_carton_figures_and_totals_are_sums_of_lines() {
    qt().withExamples(200).forAll(packings()).checkAssert(p -> {
      BigDecimal nw = BigDecimal.ZERO;
      BigDecimal gw = BigDecimal.ZERO;
      BigDecimal cbm = BigDecimal.ZERO;
      long cartons = 0;
      for (PackedLine l : p.lines()) {
        BigDecimal n = BigDecimal.valueOf(l.cartons());
        assertThat(l.netWeight().value()).isEqualByComparingTo(l.spec().netWeightKg().multiply(n));
        assertThat(l.grossWeight().value()).isEqualByComparingTo(l.spec().grossWeightKg().multiply(n));
        assertThat(l.measurement().value()).isEqualByComparingTo(l.cbmPerCarton().multiply(n));
        assertThat(l.cbmPerCarton().subtract(l.spec().cbmPerCarton()).abs()).isLessThanOrEqualTo(new BigDecimal("0.00005"));
        nw = nw.add(l.netWeight().value());
        gw = gw.add(l.grossWeight().value());
        cbm = cbm.add(l.measurement().value());
        cartons += l.cartons();
      }
      assertThat(p.totalNetWeight().value()).isEqualByComparingTo(nw);
      assertThat(p.totalGrossWeight().value()).isEqualByComparingTo(gw);
      assertThat(p.totalMeasurement().value()).isEqualByComparingTo(cbm);
      assertThat(p.totalCartons()).isEqualTo(cartons).isEqualTo(p.lines().get(p.lines().size() - 1).lastCarton());
      assertThat(p.totalGrossWeight()).isGreaterThanOrEqualTo(p.totalNetWeight());
    });
  }

  @Test
  void the_container_plan_holds_the_cargo_and_no_fewer_containers_would() {
    ContainerPlanner planner = ContainerPlanner.standard();
    List<ContainerSpec> specs = List.of(ContainerSpec.standard(ContainerType.GP20), ContainerSpec.standard(ContainerType.GP40),
        ContainerSpec.standard(ContainerType.HQ40));
    qt().withExamples(200).forAll(integers().between(150, 2500), integers().between(100, 80_000)).checkAssert((dcbm, kg) -> {
      BigDecimal cbm = BigDecimal.valueOf(dcbm, 1);
      ContainerPlan plan = planner.plan(Quantity.of(cbm, Unit.CBM), Quantity.of(kg, Unit.KG), Optional.empty()).get();
      int[] chosen = counts(plan);
      assertThat(holds(specs, chosen, cbm, BigDecimal.valueOf(kg))).isTrue();
      int best = Integer.MAX_VALUE;
      for (int a = 0; a <= 12; a++) {
        for (int b = 0; b <= 12; b++) {
          for (int c = 0; c <= 12; c++) {
            if (holds(specs, new int[] {a, b, c}, cbm, BigDecimal.valueOf(kg))) {
              best = Math.min(best, a + b + c);
            }
          }
        }
      }
      assertThat(plan.containerCount()).isEqualTo(best);
    });
  }

  @Test
  void with_rates_the_plan_is_never_dearer_than_any_combination_that_holds_the_cargo() {
    ContainerPlanner planner = ContainerPlanner.standard();
    List<ContainerSpec> specs = List.of(ContainerSpec.standard(ContainerType.GP20), ContainerSpec.standard(ContainerType.GP40),
        ContainerSpec.standard(ContainerType.HQ40));
    qt().withExamples(150).forAll(integers().between(10, 2000), integers().between(100, 60_000), integers().between(500, 3000),
        integers().between(0, 2000)).checkAssert((dcbm, kg, gp20, extra) -> {
          BigDecimal cbm = BigDecimal.valueOf(dcbm, 1);
          FreightRates r = new FreightRates(Money.of("80", "USD"), Map.of(ContainerType.GP20, Money.of(BigDecimal.valueOf(gp20), java.util.Currency.getInstance("USD")),
              ContainerType.GP40, Money.of(BigDecimal.valueOf(gp20 + extra), java.util.Currency.getInstance("USD")),
              ContainerType.HQ40, Money.of(BigDecimal.valueOf(gp20 + extra + 100), java.util.Currency.getInstance("USD"))));
          ContainerPlan plan = planner.plan(Quantity.of(cbm, Unit.CBM), Quantity.of(kg, Unit.KG), Optional.of(r)).get();
          Money fcl = plan.fclCost().orElseThrow();
          for (int a = 0; a <= 10; a++) {
            for (int b = 0; b <= 10; b++) {
              for (int c = 0; c <= 10; c++) {
                if (holds(specs, new int[] {a, b, c}, cbm, BigDecimal.valueOf(kg))) {
                  Money cost = Money.of(BigDecimal.valueOf((long) a * gp20 + (long) b * (gp20 + extra) + (long) c * (gp20 + extra + 100)),
                      java.util.Currency.getInstance("USD"));
                  assertThat(fcl.isGreaterThan(cost)).isFalse();
                }
              }
            }
          }
          Money lcl = plan.lclCost().orElseThrow();
          assertThat(plan.mode() == org.gendan.core.order.ShipmentMode.SEA_LCL).isEqualTo(lcl.isLessThan(fcl));
        });
  }

  @Test
  void a_carton_fit_never_exceeds_the_container_volume_and_turning_never_loses_cartons() {
    qt().withExamples(200).forAll(specs()).checkAssert(spec -> {
      for (ContainerType t : ContainerType.values()) {
        ContainerSpec c = ContainerSpec.standard(t);
        CartonFit up = CartonFit.of(spec, c, true);
        CartonFit any = CartonFit.of(spec, c, false);
        assertThat(any.cartons()).isGreaterThanOrEqualTo(up.cartons());
        BigDecimal loaded = spec.cbmPerCarton().multiply(BigDecimal.valueOf(any.cartons()));
        BigDecimal inside = BigDecimal.valueOf((long) c.lengthMm() * c.widthMm() * c.heightMm(), 9);
        assertThat(loaded).isLessThanOrEqualTo(inside);
      }
    });
  }

  private static int[] counts(ContainerPlan plan) {
    return new int[] {plan.containers().getOrDefault(ContainerType.GP20, 0), plan.containers().getOrDefault(ContainerType.GP40, 0),
        plan.containers().getOrDefault(ContainerType.HQ40, 0)};
  }

  private static boolean holds(List<ContainerSpec> specs, int[] n, BigDecimal cbm, BigDecimal kg) {
    BigDecimal v = BigDecimal.ZERO;
    BigDecimal w = BigDecimal.ZERO;
    for (int i = 0; i < 3; i++) {
      v = v.add(specs.get(i).usableCbm().multiply(BigDecimal.valueOf(n[i])));
      w = w.add(specs.get(i).maxCargoKg().multiply(BigDecimal.valueOf(n[i])));
    }
    return v.compareTo(cbm) >= 0 && w.compareTo(kg) >= 0;
  }
}
