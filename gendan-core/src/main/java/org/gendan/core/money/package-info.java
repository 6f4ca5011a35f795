/**
 * Exact money: {@link org.gendan.core.money.Money} (a {@code BigDecimal} at the currency's scale with a
 * {@link java.util.Currency}), {@link org.gendan.core.money.ExchangeRate} and
 * {@link org.gendan.core.money.UnitPrice} (a price per unit, which may carry more decimals than the
 * currency).
 *
 * <p>Rounding is explicit: every lossy operation takes a {@link java.math.RoundingMode}. gendan's
 * documented default for commercial amounts (line amount = quantity × unit price) is HALF_UP to the
 * currency's scale, per line; totals are sums of rounded lines. Instalments are split with
 * {@link org.gendan.core.money.Money#allocate} so they always add back to the total.
 */
package org.gendan.core.money;
