package org.gendan.scheduling.mrp.lotsizing;

import java.math.BigDecimal;
import java.util.OptionalInt;

/**
 * A lot-sizing rule (批量规则): given a net requirement in the current period and the net requirements
 * to come, how much to receive now. MRP calls it once per period that is short; whatever the rule
 * returns beyond the current need is carried as stock and used for the following periods before MRP
 * asks again. The item's order minimum, maximum and multiple are applied afterwards by MRP.
 *
 * <p>Named implementations are in {@link LotSizingRules}. Implementations must be deterministic and
 * side-effect free.
 */
public interface LotSizingRule {

  /** The rule's name as shown to users, e.g. {@code "Wagner-Whitin"} or {@code "FOQ 20"}. */
  String name();

  /**
   * The quantity to receive in the current period.
   *
   * @param context the current and future net requirements and the costs
   * @return a quantity at least {@code context.net(0)}
   */
  BigDecimal lotSize(LotSizingContext context);

  /** True if the rule needs a setup cost and a holding cost (EOQ and the dynamic rules). */
  default boolean requiresCosts() {
    return false;
  }

  /**
   * True if the rule reads net requirements beyond the current period (or the demand rate); rules that
   * only look at the current need return false, which lets MRP skip building the look-ahead profile.
   */
  default boolean looksAhead() {
    return true;
  }

  /**
   * The most periods, counting the current one, whose net requirements the rule reads; MRP builds the
   * look-ahead profile only that far (the rest of the horizon by default). A rule must give the same
   * lot for any profile at least this long.
   */
  default int lookAheadPeriods() {
    return Integer.MAX_VALUE;
  }

  /**
   * For a rule that always orders the net requirements of a fixed number of periods — lot-for-lot (1)
   * and period order quantity ({@code n}) — that number; empty for every other rule. A rule that returns
   * {@code k} promises {@code lotSize(c)} equals {@code c.cumulativeNet(min(k, c.horizon()) - 1)}, which
   * lets MRP compute its lots on exact fixed-point quantities without building the look-ahead profile.
   */
  default OptionalInt coversPeriods() {
    return OptionalInt.empty();
  }
}
