package org.gendan.core.order;

import java.time.LocalDate;
import java.util.Objects;
import org.gendan.core.Ids;
import org.gendan.core.money.Money;

/**
 * The exchange voucher (换证凭条) issued by the local inspection authority for goods subject to
 * statutory inspection: valid about three months, usable once, showing the total amount; the amount
 * actually shipped may be lower than the voucher amount but not higher.
 *
 * @param number     the voucher number
 * @param amount     the amount the voucher covers
 * @param issuedOn   the date of issue
 * @param validUntil the last day it can be used for customs clearance
 */
public record InspectionVoucher(String number, Money amount, LocalDate issuedOn, LocalDate validUntil) {
  /** Creates a voucher. @throws IllegalArgumentException if the dates are out of order or the amount not positive */
  public InspectionVoucher {
    Ids.requireValid(number, "voucher number");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(validUntil, "validUntil");
    if (validUntil.isBefore(issuedOn)) {
      throw new IllegalArgumentException("voucher " + number + " expires (" + validUntil + ") before it is issued (" + issuedOn + ")");
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("voucher " + number + " amount must be positive: " + amount);
    }
  }

  /** True if the voucher can be used on {@code date}. */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(issuedOn) && !date.isAfter(validUntil);
  }
}
