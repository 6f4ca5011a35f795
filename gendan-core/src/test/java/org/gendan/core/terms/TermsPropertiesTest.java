package org.gendan.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.gendan.core.money.Money;
import org.gendan.core.testing.ValueGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class TermsPropertiesTest {

  // ------------------------------------------------------------ payment terms

  @Test
  void instalment_amounts_always_add_back_to_the_order_total() {
    qt().withExamples(500).forAll(ValueGen.paymentTerms(), ValueGen.money()).checkAssert((terms, total) -> {
      List<Money> parts = terms.split(total);
      assertThat(parts).hasSameSizeAs(terms.instalments());
      assertThat(Money.total(total.currency(), parts)).isEqualTo(total);
    });
  }

  @Test
  void each_instalment_is_within_one_minor_unit_of_its_percentage_and_never_of_the_other_sign() {
    qt().withExamples(500).forAll(ValueGen.paymentTerms(), ValueGen.money()).checkAssert((terms, total) -> {
      List<Money> parts = terms.split(total);
      BigDecimal minor = BigDecimal.ONE.movePointLeft(Money.scaleOf(total.currency()));
      for (int i = 0; i < parts.size(); i++) {
        BigDecimal exact = total.amount().multiply(terms.instalments().get(i).percent()).movePointLeft(2);
        assertThat(parts.get(i).amount().subtract(exact).abs()).isLessThan(minor);
        assertThat(parts.get(i).amount().signum() * total.amount().signum()).isGreaterThanOrEqualTo(0);
      }
    });
  }

  @Test
  void two_instalments_round_the_first_half_up_and_leave_the_rest_to_the_second() {
    qt().withExamples(300).forAll(Generate.range(1, 99), ValueGen.nonNegativeMoney(java.util.Currency.getInstance("USD")))
        .checkAssert((deposit, total) -> {
          List<Money> parts = PaymentTerms.depositAndBalance(deposit, PaymentDue.BEFORE_SHIPMENT).split(total);
          assertThat(parts.get(0)).isEqualTo(total.percent(BigDecimal.valueOf(deposit), RoundingMode.HALF_UP));
          assertThat(parts.get(1)).isEqualTo(total.minus(parts.get(0)));
        });
  }

  @Test
  void the_amount_due_grows_along_the_order_and_reaches_the_total() {
    qt().withExamples(300).forAll(ValueGen.paymentTerms(), ValueGen.nonNegativeMoney(java.util.Currency.getInstance("EUR")))
        .checkAssert((terms, total) -> {
          Money previous = Money.zero(total.currency());
          BigDecimal previousPercent = BigDecimal.ZERO;
          for (PaymentDue point : PaymentDue.values()) {
            Money due = terms.amountDueBy(point, total);
            assertThat(due.isLessThan(previous)).as("due by %s", point).isFalse();
            assertThat(terms.percentDueBy(point)).isGreaterThanOrEqualTo(previousPercent);
            Money sumOfDue = Money.zero(total.currency());
            for (int i = 0; i < terms.instalments().size(); i++) {
              if (terms.instalments().get(i).due().compareTo(point) <= 0) {
                sumOfDue = sumOfDue.plus(terms.split(total).get(i));
              }
            }
            assertThat(due).isEqualTo(sumOfDue);
            previous = due;
            previousPercent = terms.percentDueBy(point);
          }
          assertThat(terms.amountDueBy(PaymentDue.DAYS_AFTER_SHIPMENT, total)).isEqualTo(total);
          assertThat(terms.percentDueBy(PaymentDue.DAYS_AFTER_SHIPMENT)).isEqualByComparingTo("100");
        });
  }

  @Test
  void terms_need_payment_before_production_exactly_when_something_is_due_by_then() {
    qt().withExamples(300).forAll(ValueGen.paymentTerms()).checkAssert(terms ->
        assertThat(terms.requiresPaymentBeforeProduction())
            .isEqualTo(terms.percentDueBy(PaymentDue.BEFORE_PRODUCTION).signum() > 0));
  }

  @Test
  void the_split_is_deterministic_and_scales_with_the_total() {
    qt().withExamples(300).forAll(ValueGen.paymentTerms(), ValueGen.money(), Generate.range(2, 50)).checkAssert((terms, total, k) -> {
      assertThat(terms.split(total)).isEqualTo(terms.split(total));
      List<Money> scaled = terms.split(total.multipliedBy(k));
      List<Money> parts = terms.split(total);
      for (int i = 0; i < parts.size(); i++) {
        long diff = scaled.get(i).toMinorUnits() - parts.get(i).toMinorUnits() * k;
        assertThat(Math.abs(diff)).isLessThanOrEqualTo(k);
      }
    });
  }

  @Test
  void percentages_off_by_a_hundredth_are_always_refused() {
    qt().withExamples(200).forAll(ValueGen.percentages(), Generate.pick(List.of(new BigDecimal("0.01"), new BigDecimal("-0.01"))))
        .checkAssert((ps, delta) -> {
          BigDecimal last = ps.get(ps.size() - 1).add(delta);
          if (last.signum() <= 0) {
            return;
          }
          assertThatThrownBy(() -> {
            List<Instalment> instalments = new java.util.ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
              BigDecimal p = i == ps.size() - 1 ? last : ps.get(i);
              instalments.add(new Instalment(p, PaymentMethod.TT, PaymentDue.BEFORE_SHIPMENT, 0));
            }
            new PaymentTerms(instalments);
          }).isInstanceOf(IllegalArgumentException.class).hasMessageMatching(".*(must add up to 100|at most 100).*");
        });
  }

  // ------------------------------------------------------------ incoterms

  @Test
  void a_trade_term_is_read_with_or_without_the_incoterms_suffix() {
    assertThat(Incoterm.parse("FOB NINGBO")).isEqualTo(Incoterm.of(IncotermRule.FOB, "NINGBO"));
    assertThat(Incoterm.parse("cif Hamburg Incoterms 2020")).isEqualTo(Incoterm.of(IncotermRule.CIF, "Hamburg"));
    assertThat(Incoterm.parse("CIF HAMBURG INCOTERMS® 2020").namedPlace()).isEqualTo("HAMBURG");
    assertThat(Incoterm.parse("  DAP  Los Angeles, CA ").namedPlace()).isEqualTo("Los Angeles, CA");
    assertThat(Incoterm.of(IncotermRule.CIF, "Hamburg").toDocumentText()).isEqualTo("CIF HAMBURG INCOTERMS 2020");
    assertThat(Incoterm.of(IncotermRule.FOB, " NINGBO ")).isEqualTo(Incoterm.of(IncotermRule.FOB, "NINGBO"));
    assertThat(Incoterm.of(IncotermRule.FOB, "NINGBO").toString()).isEqualTo("FOB NINGBO");
  }

  @Test
  void the_rules_know_their_transport_mode_place_and_insurance() {
    assertThat(IncotermRule.FOB.isSeaOnly()).isTrue();
    assertThat(IncotermRule.FCA.isSeaOnly()).isFalse();
    assertThat(IncotermRule.CFR.namesDestination()).isTrue();
    assertThat(IncotermRule.FOB.namesDestination()).isFalse();
    assertThat(IncotermRule.CIF.sellerInsures()).isTrue();
    assertThat(IncotermRule.CIP.sellerInsures()).isTrue();
    assertThat(IncotermRule.DDP.sellerInsures()).isFalse();
    assertThat(IncotermRule.values()).hasSize(11);
  }

  @Test
  void a_bad_trade_term_is_refused_with_the_reason() {
    assertThatThrownBy(() -> Incoterm.parse("FOB")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a rule and a named place");
    assertThatThrownBy(() -> Incoterm.parse("DDU PARIS")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'DDU' is not an Incoterms 2020 rule");
    assertThatThrownBy(() -> Incoterm.parse("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Incoterm.of(IncotermRule.FOB, " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("named place of FOB must not be blank");
    assertThatThrownBy(() -> Incoterm.of(IncotermRule.FOB, "N".repeat(101))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than 100");
    assertThatThrownBy(() -> Incoterm.of(IncotermRule.FOB, "NING\u0000BO")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("control character");
    assertThatThrownBy(() -> Incoterm.of(null, "NINGBO")).isInstanceOf(NullPointerException.class).hasMessage("rule");
    assertThatThrownBy(() -> Incoterm.of(IncotermRule.FOB, null)).isInstanceOf(NullPointerException.class).hasMessage("namedPlace");
    assertThatThrownBy(() -> Incoterm.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void a_trade_term_prints_and_parses_back() {
    qt().withExamples(200).forAll(ValueGen.incoterm()).checkAssert(t -> {
      assertThat(Incoterm.parse(t.toString())).isEqualTo(t);
      assertThat(Incoterm.parse(t.toDocumentText()).rule()).isEqualTo(t.rule());
    });
  }
}
