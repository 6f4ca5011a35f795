package org.gendan.core.terms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.gendan.core.money.Money;

/**
 * Structured payment terms (付款方式): instalments that add up to 100% of the order total.
 *
 * <p>Common terms have factories: {@link #depositAndBalance(int, PaymentDue)} (T/T 30% deposit, 70%
 * before shipment), {@link #advance()} (100% T/T in advance), {@link #lcAtSight()},
 * {@link #openAccount(int)}. {@link #split(Money)} gives the amount of each instalment; the amounts
 * always add back exactly to the total.
 *
 * @param instalments the instalments in the order they fall due; percentages add up to exactly 100
 */
public record PaymentTerms(List<Instalment> instalments) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Creates the terms. @throws IllegalArgumentException if the percentages do not add up to 100 */
  public PaymentTerms {
    Objects.requireNonNull(instalments, "instalments");
    instalments.forEach(i -> Objects.requireNonNull(i, "instalments contains null"));
    if (instalments.isEmpty()) {
      throw new IllegalArgumentException("payment terms need at least one instalment");
    }
    if (instalments.size() > 12) {
      throw new IllegalArgumentException("payment terms have more than 12 instalments: " + instalments.size());
    }
    BigDecimal sum = instalments.stream().map(Instalment::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(HUNDRED) != 0) {
      throw new IllegalArgumentException("instalment percentages must add up to 100, not " + sum.toPlainString());
    }
    instalments = List.copyOf(instalments);
  }

  /** Terms from instalments. */
  public static PaymentTerms of(Instalment... instalments) {
    return new PaymentTerms(List.of(instalments));
  }

  /** T/T: {@code depositPercent}% on confirmation, the balance due at {@code balanceDue}. */
  public static PaymentTerms depositAndBalance(int depositPercent, PaymentDue balanceDue) {
    if (depositPercent <= 0 || depositPercent >= 100) {
      throw new IllegalArgumentException("deposit percent must be between 1 and 99: " + depositPercent);
    }
    return of(Instalment.of(depositPercent, PaymentMethod.TT, PaymentDue.ON_CONFIRMATION),
        Instalment.of(100 - depositPercent, PaymentMethod.TT, balanceDue));
  }

  /** 100% T/T in advance (before production). */
  public static PaymentTerms advance() {
    return of(Instalment.of(100, PaymentMethod.TT, PaymentDue.BEFORE_PRODUCTION));
  }

  /** Irrevocable L/C at sight. */
  public static PaymentTerms lcAtSight() {
    return of(Instalment.of(100, PaymentMethod.LC, PaymentDue.AT_SIGHT));
  }

  /** Open account, N days from the B/L date. */
  public static PaymentTerms openAccount(int days) {
    return of(Instalment.afterShipment(100, PaymentMethod.OA, days));
  }

  /** True if some money must arrive before production may be released (a deposit term). */
  public boolean requiresPaymentBeforeProduction() {
    return instalments.stream().anyMatch(i -> i.due().isBeforeProduction());
  }

  /** The share (percent) of the total that must have been paid by {@code point}. */
  public BigDecimal percentDueBy(PaymentDue point) {
    Objects.requireNonNull(point, "point");
    return instalments.stream().filter(i -> isDueBy(i.due(), point))
        .map(Instalment::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The amount that must have been received before {@code point}: all instalments due at or before
   * it (in the order of {@link PaymentDue}), computed with {@link #split(Money)} so that it is
   * consistent with the instalment amounts; by {@link PaymentDue#DAYS_AFTER_SHIPMENT} it is the total.
   */
  public Money amountDueBy(PaymentDue point, Money total) {
    Objects.requireNonNull(point, "point");
    List<Money> parts = split(total);
    Money sum = Money.zero(total.currency());
    for (int i = 0; i < instalments.size(); i++) {
      if (isDueBy(instalments.get(i).due(), point)) {
        sum = sum.plus(parts.get(i));
      }
    }
    return sum;
  }

  /** True if an instalment due at {@code due} must be paid by {@code point}: the points are in order. */
  private static boolean isDueBy(PaymentDue due, PaymentDue point) {
    return due.compareTo(point) <= 0;
  }

  /**
   * The amount of each instalment for an order total, with {@link Money#allocate}: each part is within
   * one minor unit of its exact share, never of the other sign than the total, and the parts always add
   * back exactly to the total. For the usual two instalments this is the convention of Chinese proforma
   * invoices: the deposit rounded half-up to the currency's scale, the balance by subtraction (USD
   * 10,000.05 at 30/70 is USD 3,000.02 + USD 7,000.03).
   */
  public List<Money> split(Money total) {
    Objects.requireNonNull(total, "total");
    return total.allocate(instalments.stream().map(Instalment::percent).toList());
  }

  /** The terms as printed on a contract, e.g. {@code T/T 30% ON CONFIRMATION, 70% BEFORE SHIPMENT}. */
  public String toDocumentText() {
    return instalments.stream().map(i -> i.method().documentText() + " " + i.percent().toPlainString() + "% " + dueText(i))
        .collect(Collectors.joining(", "));
  }

  private static String dueText(Instalment i) {
    switch (i.due()) {
      case ON_CONFIRMATION: return "DEPOSIT ON CONFIRMATION";
      case BEFORE_PRODUCTION: return "IN ADVANCE BEFORE PRODUCTION";
      case BEFORE_SHIPMENT: return "BALANCE BEFORE SHIPMENT";
      case AGAINST_DOCUMENTS: return "AGAINST COPY OF B/L";
      case AT_SIGHT: return "AT SIGHT";
      default: return i.days() + " DAYS FROM B/L DATE";
    }
  }
}
