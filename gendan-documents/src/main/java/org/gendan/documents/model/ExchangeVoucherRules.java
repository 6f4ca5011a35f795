package org.gendan.documents.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gendan.core.Rejection;
import org.gendan.core.money.Money;
import org.gendan.core.order.InspectionVoucher;

/**
 * The rules of the exchange voucher (换证凭条) that the inspection authority issues after statutory
 * inspection: it is valid about three months ({@link #VALIDITY}), it can be used for one customs
 * declaration only, and the amount declared may be lower than the voucher amount but not higher.
 */
public final class ExchangeVoucherRules {

  /** How long a voucher is usually valid after issue. */
  public static final Period VALIDITY = Period.ofMonths(3);

  private ExchangeVoucherRules() {}

  /** The usual last day of validity of a voucher issued on {@code issuedOn}. */
  public static LocalDate usualValidUntil(LocalDate issuedOn) {
    return Objects.requireNonNull(issuedOn, "issuedOn").plus(VALIDITY);
  }

  /**
   * Checks a declaration against the voucher.
   *
   * @param voucher         the voucher
   * @param declarationDate the day of the customs declaration
   * @param declaredAmount  the amount shipped and declared
   * @param alreadyUsed     whether the voucher was used for an earlier declaration
   * @return every broken rule, empty if the voucher can be used: {@code VOUCHER_EXPIRED},
   *         {@code VOUCHER_NOT_YET_ISSUED}, {@code VOUCHER_ALREADY_USED}, {@code VOUCHER_CURRENCY},
   *         {@code VOUCHER_AMOUNT_EXCEEDED}
   */
  public static List<Rejection> check(InspectionVoucher voucher, LocalDate declarationDate, Money declaredAmount, boolean alreadyUsed) {
    Objects.requireNonNull(voucher, "voucher");
    Objects.requireNonNull(declarationDate, "declarationDate");
    Objects.requireNonNull(declaredAmount, "declaredAmount");
    List<Rejection> out = new ArrayList<>();
    if (declarationDate.isBefore(voucher.issuedOn())) {
      out.add(Rejection.of("VOUCHER_NOT_YET_ISSUED", "exchange voucher (换证凭条) " + voucher.number() + " is issued on "
          + voucher.issuedOn() + ", after the declaration on " + declarationDate));
    } else if (declarationDate.isAfter(voucher.validUntil())) {
      out.add(Rejection.of("VOUCHER_EXPIRED", "exchange voucher (换证凭条) " + voucher.number() + " expired on "
          + voucher.validUntil() + "; the declaration is on " + declarationDate + "; apply for inspection again"));
    }
    if (alreadyUsed) {
      out.add(Rejection.of("VOUCHER_ALREADY_USED", "exchange voucher (换证凭条) " + voucher.number()
          + " was already used for a declaration; a voucher can be used once"));
    }
    if (!declaredAmount.isSameCurrency(voucher.amount())) {
      out.add(Rejection.of("VOUCHER_CURRENCY", "the declared amount " + declaredAmount + " is not in the voucher's currency "
          + voucher.amount().currency()));
    } else if (declaredAmount.isGreaterThan(voucher.amount())) {
      out.add(Rejection.of("VOUCHER_AMOUNT_EXCEEDED", "the declared amount " + declaredAmount + " is above the amount "
          + voucher.amount() + " of exchange voucher (换证凭条) " + voucher.number() + "; only a lower amount may ship"));
    }
    return List.copyOf(out);
  }
}
