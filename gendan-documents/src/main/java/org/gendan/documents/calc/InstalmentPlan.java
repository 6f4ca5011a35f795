package org.gendan.documents.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.money.CurrencyMismatchException;
import org.gendan.core.money.Money;
import org.gendan.core.terms.Instalment;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.terms.PaymentTerms;

/**
 * The amounts (and, where a date decides them, the due dates) of the instalments of an order total:
 * deposit and balance on a proforma invoice, "LESS 30% T/T DEPOSIT RECEIVED" on the commercial invoice.
 *
 * <p>Each instalment but the last is the total × its percentage rounded half-up to the currency's
 * scale; the last is what remains, so the parts always add back exactly to the total
 * ({@link PaymentTerms#split}).
 *
 * @param total the order total
 * @param parts the instalments with their amounts, in the order of the terms
 */
public record InstalmentPlan(Money total, List<Part> parts) {

  /**
   * One instalment with its amount.
   *
   * @param instalment the instalment of the payment terms
   * @param amount     its amount
   * @param dueDate    its due date where a known date fixes it (the contract date for a deposit on
   *                   confirmation, the B/L date + N days); empty where an event decides (before
   *                   shipment, at sight)
   */
  public record Part(Instalment instalment, Money amount, Optional<LocalDate> dueDate) {
    /** Creates the part. */
    public Part {
      Objects.requireNonNull(instalment, "instalment");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(dueDate, "dueDate");
    }
  }

  /** Creates the plan. @throws IllegalArgumentException if the parts do not add up to the total */
  public InstalmentPlan {
    Objects.requireNonNull(total, "total");
    parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("an instalment plan needs at least one part");
    }
    Money sum = Money.zero(total.currency());
    for (Part p : parts) {
      if (!p.amount().isSameCurrency(total)) {
        throw new CurrencyMismatchException(total.currency(), p.amount().currency());
      }
      sum = sum.plus(p.amount());
    }
    if (!sum.equals(total)) {
      throw new IllegalArgumentException("instalments add up to " + sum + ", not the total " + total);
    }
  }

  /**
   * The plan for {@code total} under {@code terms}.
   *
   * @param contractDate the date the order was confirmed (due date of deposits on confirmation)
   * @param blDate       the B/L (shipment) date if known (due date of instalments N days after it)
   * @throws IllegalArgumentException if the total is negative
   */
  public static InstalmentPlan of(PaymentTerms terms, Money total, LocalDate contractDate, Optional<LocalDate> blDate) {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(contractDate, "contractDate");
    Objects.requireNonNull(blDate, "blDate");
    if (total.isNegative()) {
      throw new IllegalArgumentException("an instalment plan needs a total of zero or more: " + total);
    }
    List<Money> amounts = terms.split(total);
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      Instalment in = terms.instalments().get(i);
      Optional<LocalDate> due = Optional.empty();
      if (in.due() == PaymentDue.ON_CONFIRMATION) {
        due = Optional.of(contractDate);
      } else if (in.due() == PaymentDue.DAYS_AFTER_SHIPMENT) {
        due = blDate.map(d -> d.plusDays(in.days()));
      }
      parts.add(new Part(in, amounts.get(i), due));
    }
    return new InstalmentPlan(total, parts);
  }

  /** The deposit: the sum of the instalments due before production (定金); zero if none. */
  public Money deposit() {
    return parts.stream().filter(p -> p.instalment().due().isBeforeProduction()).map(Part::amount)
        .reduce(Money.zero(total.currency()), Money::plus);
  }

  /** The balance: total − deposit (余款). */
  public Money balance() {
    return total.minus(deposit());
  }

  /** The deposit's share of the total in percent, e.g. 30. */
  public BigDecimal depositPercent() {
    return parts.stream().filter(p -> p.instalment().due().isBeforeProduction()).map(p -> p.instalment().percent())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The deduction line of a commercial invoice, e.g. {@code LESS 30% T/T DEPOSIT RECEIVED}; empty without deposit. */
  public Optional<String> depositDeductionText() {
    if (deposit().isZero()) {
      return Optional.empty();
    }
    String method = parts.stream().filter(p -> p.instalment().due().isBeforeProduction()).map(p -> p.instalment().method().documentText())
        .distinct().reduce((a, b) -> a + "/" + b).orElse("");
    return Optional.of("LESS " + depositPercent().stripTrailingZeros().toPlainString() + "% " + method + " DEPOSIT RECEIVED");
  }
}
