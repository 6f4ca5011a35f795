package org.gendan.documents.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.ExchangeRate;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.ShipmentMode;
import org.gendan.core.product.PackingSpec;
import org.gendan.core.product.Sku;
import org.junit.jupiter.api.Test;

/** Bad input to the remaining public entry points of the calc package. */
class CalcBadInputTest {

  private final PackingSpec spec = PackingSpec.of(24, "60", "40", "45", "12", "13.5");

  @Test
  void packed_lines_reject_figures_that_disagree() {
    Quantity kg = Quantity.of(1, Unit.KG);
    Quantity cbm = Quantity.of(1, Unit.CBM);
    assertThatThrownBy(() -> new PackedLine(1, Sku.of("S"), Quantity.of(24, Unit.PCS), spec, 2, 1, 1, BigDecimal.ONE, cbm, kg, kg))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not give 2 cartons");
    assertThatThrownBy(() -> new PackedLine(1, Sku.of("S"), Quantity.of(24, Unit.PCS), spec, 1, 1, 1, BigDecimal.ONE, kg, kg, kg))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CBM");
    assertThatThrownBy(() -> new PackedLine(1, Sku.of("S"), Quantity.of(24, Unit.PCS), spec, 1, 1, 1, BigDecimal.ONE, cbm, Quantity.of(2, Unit.KG), kg))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below net weight");
    assertThatThrownBy(() -> new PackedLine(1, null, Quantity.of(24, Unit.PCS), spec, 1, 1, 1, BigDecimal.ONE, cbm, kg, kg))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sku");
    assertThatThrownBy(() -> new Packing(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Packing.cbmPerCarton(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void container_figures_out_of_range_are_rejected() {
    assertThatThrownBy(() -> new ContainerSpec(ContainerType.GP20, 0, 2352, 2393, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimensions");
    assertThatThrownBy(() -> new ContainerSpec(ContainerType.GP20, 5898, 2352, 2393, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.valueOf(50_000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cargo weight");
    assertThatThrownBy(() -> ContainerSpec.standard(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CartonFit.of(spec, null, false)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CartonFit(ContainerType.GP20, -1, 1, 1, true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContainerPlan(ShipmentMode.AIR, java.util.Map.of(), Quantity.of(1, Unit.CBM), Quantity.of(1, Unit.KG),
        BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty(), Optional.empty(), Optional.empty(), "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SEA_LCL or SEA_FCL");
    assertThatThrownBy(() -> new ContainerPlan(ShipmentMode.SEA_FCL, java.util.Map.of(), Quantity.of(1, Unit.CBM), Quantity.of(1, Unit.KG),
        BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty(), Optional.empty(), Optional.empty(), "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContainerPlan(ShipmentMode.SEA_FCL, java.util.Map.of(ContainerType.GP20, 0), Quantity.of(1, Unit.CBM),
        Quantity.of(1, Unit.KG), BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty(), Optional.empty(), Optional.empty(), "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> new FreightRates(Money.of("1", "USD"), java.util.Map.of(ContainerType.GP20, Money.of("0", "USD"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20GP");
    assertThatThrownBy(() -> ContainerPlanner.standard().withContainers(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void words_entry_points_reject_nulls() {
    assertThatThrownBy(() -> EnglishAmountWords.standard().currencyName(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EnglishAmountWords.standard().withCurrencyName(null, "X")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ChineseAmountWords.PBOC.check(null, Money.of("1", "CNY"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ShippingMarkText.toDocumentText(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ShippingMarkText.sideMarks(null, "CN")).isInstanceOf(NullPointerException.class);
    assertThat(EnglishAmountWords.standard().parse("SAY U.S. DOLLARS ONLY").isLeft()).isTrue();
  }

  @Test
  void an_export_quote_needs_every_figure() {
    ExchangeRate rate = ExchangeRate.of("USD", "CNY", "7.10", LocalDate.of(2026, 1, 1));
    UnitPrice p = UnitPrice.of("1", "USD");
    BigDecimal one = BigDecimal.ONE;
    assertThatThrownBy(() -> new ExportQuote(null, one, one, one, p, p, p, one, one, one, one, one, one, one, rate))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("rebate");
    assertThatThrownBy(() -> new ExportQuote(one, one, one, one, p, p, p, one, one, one, one, one, one, one, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("exchangeRate");
    assertThat(new ExportQuote(one, one, one, one, p, p, p, one, one, one, one, one, BigDecimal.valueOf(8), one, rate).isProfitable()).isFalse();
  }
}
