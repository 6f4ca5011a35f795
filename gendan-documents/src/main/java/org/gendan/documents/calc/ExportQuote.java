package org.gendan.documents.calc;

import java.math.BigDecimal;
import java.util.Objects;
import org.gendan.core.money.ExchangeRate;
import org.gendan.core.money.UnitPrice;

/**
 * The result of an export price build-up per unit: the cost steps in the purchase currency, the
 * quoted FOB / CFR / CIF prices (rounded) with their unrounded values, the insurance figures, and the
 * export exchange cost (换汇成本) with the profit-and-loss rate (盈亏率).
 *
 * <p>Exchange cost = total cost ÷ net FOB receipts (FOB quoted × (1 − commission)); the quote is
 * profitable when it is below the exchange rate. Profit-and-loss rate = (net FOB × E − total cost) ÷
 * total cost.
 *
 * @param rebate             the VAT rebate per unit (退税收入), purchase currency, 4 decimals
 * @param actualCost         purchase price − rebate (实际成本)
 * @param totalCost          actual cost + domestic costs (the total export cost)
 * @param costInQuoteCurrency total cost ÷ exchange rate
 * @param fob                the FOB price quoted
 * @param cfr                the CFR price quoted
 * @param cif                the CIF price quoted
 * @param fobExact           FOB before rounding, 4 decimals
 * @param cfrExact           CFR before rounding, 4 decimals
 * @param cifExact           CIF before rounding, 4 decimals
 * @param insuredAmount      quoted CIF × (1 + markup), 2 decimals
 * @param premium            insured amount × insurance rate, 4 decimals
 * @param exchangeCost       换汇成本 in purchase currency per unit of quote currency, 4 decimals
 * @param profitAndLossRate  盈亏率 as a fraction, 4 decimals (0.1114 = 11.14%)
 * @param exchangeRate       the rate used
 */
public record ExportQuote(BigDecimal rebate, BigDecimal actualCost, BigDecimal totalCost, BigDecimal costInQuoteCurrency,
    UnitPrice fob, UnitPrice cfr, UnitPrice cif, BigDecimal fobExact, BigDecimal cfrExact, BigDecimal cifExact,
    BigDecimal insuredAmount, BigDecimal premium, BigDecimal exchangeCost, BigDecimal profitAndLossRate, ExchangeRate exchangeRate) {

  /** Creates the value. */
  public ExportQuote {
    Objects.requireNonNull(rebate, "rebate");
    Objects.requireNonNull(actualCost, "actualCost");
    Objects.requireNonNull(totalCost, "totalCost");
    Objects.requireNonNull(costInQuoteCurrency, "costInQuoteCurrency");
    Objects.requireNonNull(fob, "fob");
    Objects.requireNonNull(cfr, "cfr");
    Objects.requireNonNull(cif, "cif");
    Objects.requireNonNull(fobExact, "fobExact");
    Objects.requireNonNull(cfrExact, "cfrExact");
    Objects.requireNonNull(cifExact, "cifExact");
    Objects.requireNonNull(insuredAmount, "insuredAmount");
    Objects.requireNonNull(premium, "premium");
    Objects.requireNonNull(exchangeCost, "exchangeCost");
    Objects.requireNonNull(profitAndLossRate, "profitAndLossRate");
    Objects.requireNonNull(exchangeRate, "exchangeRate");
  }

  /** True if the exchange cost is below the exchange rate (the quote earns more than it costs). */
  public boolean isProfitable() {
    return exchangeCost.signum() > 0 && exchangeCost.compareTo(exchangeRate.rate()) < 0;
  }
}
