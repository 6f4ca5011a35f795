package org.gendan.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.gendan.core.money.Money;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class PaymentTermsTest {

  static Money usd(String a) {
    return Money.of(a, "USD");
  }

  static final PaymentTerms DEPOSIT_30 = PaymentTerms.depositAndBalance(30, PaymentDue.BEFORE_SHIPMENT);

  @Test
  void thirty_percent_deposit_and_seventy_percent_before_shipment() {
    assertThat(DEPOSIT_30.instalments()).containsExactly(
        Instalment.of(30, PaymentMethod.TT, PaymentDue.ON_CONFIRMATION),
        Instalment.of(70, PaymentMethod.TT, PaymentDue.BEFORE_SHIPMENT));
    assertThat(DEPOSIT_30.requiresPaymentBeforeProduction()).isTrue();
    assertThat(DEPOSIT_30.split(usd("18480.00"))).containsExactly(usd("5544.00"), usd("12936.00"));
    assertThat(DEPOSIT_30.toDocumentText()).isEqualTo("T/T 30% DEPOSIT ON CONFIRMATION, T/T 70% BALANCE BEFORE SHIPMENT");
  }

  @Test
  void the_deposit_is_rounded_half_up_and_the_balance_is_the_rest() {
    assertThat(DEPOSIT_30.split(usd("10000.05"))).containsExactly(usd("3000.02"), usd("7000.03"));
    assertThat(DEPOSIT_30.split(Money.of("333", "JPY"))).containsExactly(Money.of("100", "JPY"), Money.of("233", "JPY"));
    assertThat(DEPOSIT_30.split(Money.of("0.005", "KWD"))).containsExactly(Money.of("0.002", "KWD"), Money.of("0.003", "KWD"));
  }

  @Test
  void what_must_have_arrived_by_each_point_of_a_deposit_order() {
    Money total = usd("10000.05");
    assertThat(DEPOSIT_30.amountDueBy(PaymentDue.ON_CONFIRMATION, total)).isEqualTo(usd("3000.02"));
    assertThat(DEPOSIT_30.amountDueBy(PaymentDue.BEFORE_PRODUCTION, total)).isEqualTo(usd("3000.02"));
    assertThat(DEPOSIT_30.amountDueBy(PaymentDue.BEFORE_SHIPMENT, total)).isEqualTo(total);
    assertThat(DEPOSIT_30.amountDueBy(PaymentDue.DAYS_AFTER_SHIPMENT, total)).isEqualTo(total);
    assertThat(DEPOSIT_30.percentDueBy(PaymentDue.BEFORE_PRODUCTION)).isEqualByComparingTo("30");
    assertThat(DEPOSIT_30.percentDueBy(PaymentDue.BEFORE_SHIPMENT)).isEqualByComparingTo("100");
  }

  @Test
  void one_hundred_percent_in_advance_is_due_before_production() {
    PaymentTerms advance = PaymentTerms.advance();
    assertThat(advance.requiresPaymentBeforeProduction()).isTrue();
    assertThat(advance.amountDueBy(PaymentDue.BEFORE_PRODUCTION, usd("500"))).isEqualTo(usd("500"));
    assertThat(advance.amountDueBy(PaymentDue.ON_CONFIRMATION, usd("500"))).isEqualTo(usd("0"));
    assertThat(advance.toDocumentText()).isEqualTo("T/T 100% IN ADVANCE BEFORE PRODUCTION");
  }

  @Test
  void a_letter_of_credit_at_sight_needs_nothing_before_shipment() {
    PaymentTerms lc = PaymentTerms.lcAtSight();
    assertThat(lc.requiresPaymentBeforeProduction()).isFalse();
    assertThat(lc.amountDueBy(PaymentDue.BEFORE_SHIPMENT, usd("500"))).isEqualTo(usd("0"));
    assertThat(lc.amountDueBy(PaymentDue.AT_SIGHT, usd("500"))).isEqualTo(usd("500"));
    assertThat(lc.toDocumentText()).isEqualTo("L/C 100% AT SIGHT");
  }

  @Test
  void open_account_sixty_days_is_due_only_after_shipment() {
    PaymentTerms oa = PaymentTerms.openAccount(60);
    assertThat(oa.instalments().get(0).days()).isEqualTo(60);
    assertThat(oa.requiresPaymentBeforeProduction()).isFalse();
    assertThat(oa.amountDueBy(PaymentDue.AGAINST_DOCUMENTS, usd("500"))).isEqualTo(usd("0"));
    assertThat(oa.toDocumentText()).isEqualTo("O/A 100% 60 DAYS FROM B/L DATE");
  }

  @Test
  void an_instalment_due_days_after_shipment_is_not_due_at_sight() {
    PaymentTerms terms = PaymentTerms.of(Instalment.of(30, PaymentMethod.TT, PaymentDue.ON_CONFIRMATION),
        Instalment.afterShipment(70, PaymentMethod.OA, 60));
    assertThat(terms.amountDueBy(PaymentDue.AT_SIGHT, usd("1000"))).isEqualTo(usd("300"));
    assertThat(terms.amountDueBy(PaymentDue.DAYS_AFTER_SHIPMENT, usd("1000"))).isEqualTo(usd("1000"));
    assertThat(terms.toDocumentText()).isEqualTo("T/T 30% DEPOSIT ON CONFIRMATION, O/A 70% 60 DAYS FROM B/L DATE");
  }

  @Test
  void many_small_instalments_never_make_one_negative() {
    // rounding each of three 33.3333% parts of USD 0.02 half-up would give 0.01 each and leave -0.01
    PaymentTerms terms = new PaymentTerms(List.of(
        new Instalment(new BigDecimal("33.3333"), PaymentMethod.TT, PaymentDue.ON_CONFIRMATION, 0),
        new Instalment(new BigDecimal("33.3333"), PaymentMethod.TT, PaymentDue.BEFORE_PRODUCTION, 0),
        new Instalment(new BigDecimal("33.3333"), PaymentMethod.TT, PaymentDue.BEFORE_SHIPMENT, 0),
        new Instalment(new BigDecimal("0.0001"), PaymentMethod.TT, PaymentDue.AGAINST_DOCUMENTS, 0)));
    assertThat(terms.split(usd("0.02"))).containsExactly(usd("0.01"), usd("0.01"), usd("0"), usd("0"));
  }

  @Test
  void a_document_text_keeps_decimal_percentages() {
    PaymentTerms terms = new PaymentTerms(List.of(
        new Instalment(new BigDecimal("33.50"), PaymentMethod.DP, PaymentDue.AGAINST_DOCUMENTS, 0),
        new Instalment(new BigDecimal("66.5"), PaymentMethod.DA, PaymentDue.DAYS_AFTER_SHIPMENT, 90)));
    assertThat(terms.toDocumentText()).isEqualTo("D/P 33.5% AGAINST COPY OF B/L, D/A 66.5% 90 DAYS FROM B/L DATE");
    assertThat(terms.instalments().get(0).percent()).isEqualTo(new BigDecimal("33.5"));
    assertThat(new Instalment(new BigDecimal("1E+2"), PaymentMethod.TT, PaymentDue.AT_SIGHT, 0).percent())
        .isEqualTo(new BigDecimal("100"));
  }

  // ------------------------------------------------------------ bad input

  @Test
  void percentages_must_add_up_to_exactly_one_hundred() {
    assertThatThrownBy(() -> PaymentTerms.of(Instalment.of(30, PaymentMethod.TT, PaymentDue.ON_CONFIRMATION),
        Instalment.of(60, PaymentMethod.TT, PaymentDue.BEFORE_SHIPMENT)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("instalment percentages must add up to 100, not 90");
    assertThatThrownBy(() -> PaymentTerms.of(Instalment.of(50, PaymentMethod.TT, PaymentDue.ON_CONFIRMATION),
        Instalment.of(60, PaymentMethod.TT, PaymentDue.BEFORE_SHIPMENT)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 110");
    assertThatThrownBy(() -> new PaymentTerms(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one instalment");
    List<Instalment> thirteen = Collections.nCopies(13, new Instalment(new BigDecimal("7.6923"), PaymentMethod.TT, PaymentDue.AT_SIGHT, 0));
    assertThatThrownBy(() -> new PaymentTerms(thirteen)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 12 instalments");
    assertThatThrownBy(() -> new PaymentTerms(null)).isInstanceOf(NullPointerException.class).hasMessage("instalments");
    assertThatThrownBy(() -> new PaymentTerms(Arrays.asList(Instalment.of(100, PaymentMethod.TT, PaymentDue.AT_SIGHT), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("instalments contains null");
  }

  @Test
  void a_deposit_must_leave_a_balance() {
    assertThatThrownBy(() -> PaymentTerms.depositAndBalance(0, PaymentDue.BEFORE_SHIPMENT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 99: 0");
    assertThatThrownBy(() -> PaymentTerms.depositAndBalance(100, PaymentDue.BEFORE_SHIPMENT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaymentTerms.depositAndBalance(30, null)).isInstanceOf(NullPointerException.class).hasMessage("due");
  }

  @Test
  void bad_instalments_are_refused_with_the_reason() {
    assertThatThrownBy(() -> Instalment.of(0, PaymentMethod.TT, PaymentDue.AT_SIGHT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("above 0 and at most 100: 0");
    assertThatThrownBy(() -> Instalment.of(101, PaymentMethod.TT, PaymentDue.AT_SIGHT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Instalment.of(-30, PaymentMethod.TT, PaymentDue.AT_SIGHT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Instalment(new BigDecimal("33.33333"), PaymentMethod.TT, PaymentDue.AT_SIGHT, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 4 decimals: 33.33333");
    assertThatThrownBy(() -> PaymentTerms.openAccount(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days after shipment must be 1..720: 0");
    assertThatThrownBy(() -> PaymentTerms.openAccount(721)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Instalment(BigDecimal.TEN, PaymentMethod.TT, PaymentDue.AT_SIGHT, 30))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only given for DAYS_AFTER_SHIPMENT");
    assertThatThrownBy(() -> new Instalment(null, PaymentMethod.TT, PaymentDue.AT_SIGHT, 0)).isInstanceOf(NullPointerException.class).hasMessage("percent");
    assertThatThrownBy(() -> Instalment.of(10, null, PaymentDue.AT_SIGHT)).isInstanceOf(NullPointerException.class).hasMessage("method");
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThatThrownBy(() -> new Instalment(new BigDecimal("1e100000000"), PaymentMethod.TT, PaymentDue.AT_SIGHT, 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1E+100000000");
      assertThatThrownBy(() -> new Instalment(new BigDecimal("1e-100000000"), PaymentMethod.TT, PaymentDue.AT_SIGHT, 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1E-100000000");
    });
  }

  @Test
  void splitting_needs_a_total_and_a_point() {
    assertThatThrownBy(() -> DEPOSIT_30.split(null)).isInstanceOf(NullPointerException.class).hasMessage("total");
    assertThatThrownBy(() -> DEPOSIT_30.amountDueBy(null, usd("1"))).isInstanceOf(NullPointerException.class).hasMessage("point");
    assertThatThrownBy(() -> DEPOSIT_30.amountDueBy(PaymentDue.AT_SIGHT, null)).isInstanceOf(NullPointerException.class).hasMessage("total");
    assertThatThrownBy(() -> DEPOSIT_30.percentDueBy(null)).isInstanceOf(NullPointerException.class).hasMessage("point");
  }

  @Test
  void the_instalment_list_cannot_be_changed_from_outside() {
    assertThatThrownBy(() -> DEPOSIT_30.instalments().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void only_instalments_due_on_confirmation_or_before_production_hold_up_production() {
    for (PaymentDue d : PaymentDue.values()) {
      assertThat(d.isBeforeProduction()).isEqualTo(d == PaymentDue.ON_CONFIRMATION || d == PaymentDue.BEFORE_PRODUCTION);
    }
    assertThat(PaymentMethod.LC.documentText()).isEqualTo("L/C");
  }
}
