package org.gendan.documents.calc;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.gendan.core.money.CurrencyMismatchException;
import org.gendan.core.money.Money;

/**
 * A forwarder's sea freight quote for one lane, used to decide LCL or FCL by cost.
 *
 * @param lclPerRevenueTon the LCL rate per revenue ton (W/M: the greater of CBM and gross tonnes),
 *                         including the CFS charges at both ends; positive
 * @param fclPerContainer  the all-in FCL rate per container type; only the types quoted are planned
 */
public record FreightRates(Money lclPerRevenueTon, Map<ContainerType, Money> fclPerContainer) {

  /**
   * Creates the quote.
   *
   * @throws IllegalArgumentException   if a rate is not positive
   * @throws CurrencyMismatchException  if the rates are in different currencies
   */
  public FreightRates {
    Objects.requireNonNull(lclPerRevenueTon, "lclPerRevenueTon");
    Objects.requireNonNull(fclPerContainer, "fclPerContainer");
    if (!lclPerRevenueTon.isPositive()) {
      throw new IllegalArgumentException("LCL rate per revenue ton must be positive: " + lclPerRevenueTon);
    }
    EnumMap<ContainerType, Money> copy = new EnumMap<>(ContainerType.class);
    fclPerContainer.forEach((type, rate) -> {
      Objects.requireNonNull(type, "fclPerContainer contains a null container type");
      Objects.requireNonNull(rate, "fclPerContainer contains a null rate for " + type);
      if (!rate.isSameCurrency(lclPerRevenueTon)) {
        throw new CurrencyMismatchException(lclPerRevenueTon.currency(), rate.currency());
      }
      if (!rate.isPositive()) {
        throw new IllegalArgumentException("FCL rate for " + type.code() + " must be positive: " + rate);
      }
      copy.put(type, rate);
    });
    fclPerContainer = Collections.unmodifiableMap(copy);
  }
}
