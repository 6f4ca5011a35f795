package org.gendan.documents.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.gendan.core.money.Money;
import org.gendan.core.terms.Instalment;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.terms.PaymentMethod;
import org.gendan.core.terms.PaymentTerms;
import org.junit.jupiter.api.Test;

class InstalmentPlanTest {

  private static final LocalDate CONFIRMED = LocalDate.of(2026, 3, 2);

  @Test
  void a_30_70_deposit_is_rounded_and_the_balance_takes_the_rest() {
    InstalmentPlan plan = InstalmentPlan.of(PaymentTerms.depositAndBalance(30, PaymentDue.BEFORE_SHIPMENT), Money.of("10000.05", "USD"),
        CONFIRMED, Optional.empty());
    assertThat(plan.deposit()).isEqualTo(Money.of("3000.02", "USD"));
    assertThat(plan.balance()).isEqualTo(Money.of("7000.03", "USD"));
    assertThat(plan.parts().get(0).dueDate()).contains(CONFIRMED);
    assertThat(plan.parts().get(1).dueDate()).isEmpty();
    assertThat(plan.depositDeductionText()).contains("LESS 30% T/T DEPOSIT RECEIVED");
  }

  @Test
  void open_account_falls_due_days_after_the_bl_date_and_has_no_deposit() {
    InstalmentPlan plan = InstalmentPlan.of(PaymentTerms.openAccount(60), Money.of("500", "USD"), CONFIRMED, Optional.of(LocalDate.of(2026, 5, 1)));
    assertThat(plan.parts().get(0).dueDate()).contains(LocalDate.of(2026, 6, 30));
    assertThat(plan.deposit().isZero()).isTrue();
    assertThat(plan.depositDeductionText()).isEmpty();
  }

  @Test
  void instalments_always_add_back_to_the_total() {
    qt().withExamples(300).forAll(longs().between(0, 99_999_999_999L), integers().between(1, 99), integers().between(0, 99))
        .checkAssert((minor, deposit, second) -> {
          int rest = 100 - deposit;
          int mid = Math.min(second, rest - 1);
          PaymentTerms terms = mid <= 0
              ? PaymentTerms.depositAndBalance(deposit, PaymentDue.BEFORE_SHIPMENT)
              : PaymentTerms.of(Instalment.of(deposit, PaymentMethod.TT, PaymentDue.ON_CONFIRMATION),
                  Instalment.of(mid, PaymentMethod.TT, PaymentDue.BEFORE_SHIPMENT),
                  Instalment.afterShipment(rest - mid, PaymentMethod.OA, 30));
          Money total = Money.ofMinor(Currency.getInstance("USD"), minor);
          InstalmentPlan plan = InstalmentPlan.of(terms, total, CONFIRMED, Optional.of(CONFIRMED.plusDays(40)));
          assertThat(plan.parts().stream().map(InstalmentPlan.Part::amount).reduce(Money.zero(total.currency()), Money::plus)).isEqualTo(total);
          assertThat(plan.deposit().plus(plan.balance())).isEqualTo(total);
          assertThat(plan.parts()).allSatisfy(p -> assertThat(p.amount().isNegative()).isFalse());
        });
  }

  @Test
  void bad_input_is_rejected_clearly() {
    PaymentTerms terms = PaymentTerms.advance();
    assertThatThrownBy(() -> InstalmentPlan.of(null, Money.of("1", "USD"), CONFIRMED, Optional.empty())).isInstanceOf(NullPointerException.class).hasMessageContaining("terms");
    assertThatThrownBy(() -> InstalmentPlan.of(terms, null, CONFIRMED, Optional.empty())).isInstanceOf(NullPointerException.class).hasMessageContaining("total");
    assertThatThrownBy(() -> InstalmentPlan.of(terms, Money.of("1", "USD"), null, Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> InstalmentPlan.of(terms, Money.of("-1", "USD"), CONFIRMED, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InstalmentPlan(Money.of("10", "USD"), List.of(new InstalmentPlan.Part(terms.instalments().get(0), Money.of("9", "USD"), Optional.empty()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up");
    assertThatThrownBy(() -> new InstalmentPlan(Money.of("10", "USD"), List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
