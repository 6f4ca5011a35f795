package org.gendan.documents.calc;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.gendan.core.Rejection;
import org.gendan.core.money.CurrencyMismatchException;
import org.gendan.core.money.ExchangeRate;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.immutables.value.Value;

/**
 * The inputs of an export price build-up (出口报价核算) per unit of goods, and the calculation
 * ({@link #quote()}).
 *
 * <p>From the purchase price including VAT (含税采购价) P: the VAT rebate (退税收入) = P ÷ (1 + v) × r;
 * the actual cost (实际成本) = P − rebate; plus domestic costs (国内费用) per unit and as a percentage
 * of P gives the total cost C in the purchase currency; C ÷ E (E = units of purchase currency per
 * unit of quote currency, normally the bank's buying rate) is the cost in the quote currency. Then,
 * with freight F per unit, insurance rate i on (1 + a) of the CIF value, profit rate p and commission
 * rate c:
 * <ul>
 *   <li>{@link ProfitConvention#PERCENT_OF_PRICE} (default): FOB = C/E ÷ (1 − p − c);
 *       CFR = (C/E + F) ÷ (1 − p − c); CIF = (C/E + F) ÷ (1 − (1 + a)·i − p − c);</li>
 *   <li>{@link ProfitConvention#MARKUP_ON_COST}: B = C/E × (1 + p); FOB = B ÷ (1 − c);
 *       CFR = (B + F) ÷ (1 − c); CIF = (B + F) ÷ (1 − (1 + a)·i − c).</li>
 * </ul>
 * Intermediate values keep {@value #INTERNAL_SCALE} decimals and are never rounded before the next
 * step; only the quoted prices are rounded, HALF_UP to {@link #priceScale()} decimals.
 *
 * <p>Build with {@code ExportPricing.builder()}. Rates are fractions (13% = 0.13).
 */
@Value.Immutable
abstract class AbstractExportPricing {

  /** Decimals kept in intermediate results. */
  static final int INTERNAL_SCALE = 10;

  /** The purchase price per unit including VAT (含税采购价), in the purchase currency (CNY). */
  public abstract Money purchasePriceInclVat();

  /** The VAT rate v of the purchase price (13% for most manufactured goods). */
  public abstract BigDecimal vatRate();

  /** The export VAT rebate rate r of the goods' HS code (退税率); at most the VAT rate. */
  public abstract BigDecimal rebateRate();

  /** Domestic costs per unit in the purchase currency (inland freight, port charges, documents …). */
  @Value.Default
  public Money domesticCostPerUnit() {
    return Money.zero(purchasePriceInclVat().currency());
  }

  /** Domestic costs as a fraction of the purchase price (定额费用率), added to the per-unit costs. */
  @Value.Default
  public BigDecimal domesticCostRate() {
    return BigDecimal.ZERO;
  }

  /** The exchange rate: base = the quote currency (USD), quote = the purchase currency (CNY). */
  public abstract ExchangeRate exchangeRate();

  /** Ocean freight per unit in the quote currency (container freight ÷ units per container). */
  public abstract java.util.Optional<Money> freightPerUnit();

  /** The insurance premium rate i (e.g. 0.008 for 0.8%). */
  @Value.Default
  public BigDecimal insuranceRate() {
    return BigDecimal.ZERO;
  }

  /** The insurance markup a over the CIF value (0.10: insured for 110%). */
  @Value.Default
  public BigDecimal insuranceMarkup() {
    return new BigDecimal("0.10");
  }

  /** The profit rate p. */
  public abstract BigDecimal profitRate();

  /** How the profit rate applies (percentage of the quoted price by default). */
  @Value.Default
  public ProfitConvention profitConvention() {
    return ProfitConvention.PERCENT_OF_PRICE;
  }

  /** The commission rate c on the quoted price (佣金率), 0 when none. */
  @Value.Default
  public BigDecimal commissionRate() {
    return BigDecimal.ZERO;
  }

  /** The decimals of the quoted prices (2, or 3–4 for cheap items). */
  @Value.Default
  public int priceScale() {
    return 2;
  }

  @Value.Check
  protected void check() {
    Money p = purchasePriceInclVat();
    if (!p.isPositive()) {
      throw new IllegalArgumentException("purchase price incl. VAT must be positive: " + p);
    }
    if (!exchangeRate().quote().equals(p.currency())) {
      throw new CurrencyMismatchException(exchangeRate().quote(), p.currency());
    }
    if (!domesticCostPerUnit().isSameCurrency(p)) {
      throw new CurrencyMismatchException(p.currency(), domesticCostPerUnit().currency());
    }
    if (domesticCostPerUnit().isNegative()) {
      throw new IllegalArgumentException("domestic cost per unit must not be negative: " + domesticCostPerUnit());
    }
    freightPerUnit().ifPresent(f -> {
      if (!f.currency().equals(exchangeRate().base())) {
        throw new CurrencyMismatchException(exchangeRate().base(), f.currency());
      }
      if (f.isNegative()) {
        throw new IllegalArgumentException("freight per unit must not be negative: " + f);
      }
    });
    requireRate(vatRate(), "VAT rate", BigDecimal.ONE);
    requireRate(rebateRate(), "rebate rate", BigDecimal.ONE);
    if (rebateRate().compareTo(vatRate()) > 0) {
      throw new IllegalArgumentException("rebate rate " + rebateRate().toPlainString() + " cannot exceed the VAT rate " + vatRate().toPlainString());
    }
    requireRate(domesticCostRate(), "domestic cost rate", BigDecimal.ONE);
    requireRate(insuranceRate(), "insurance rate", new BigDecimal("0.2"));
    requireRate(insuranceMarkup(), "insurance markup", BigDecimal.ONE);
    requireRate(profitRate(), "profit rate", BigDecimal.ONE);
    requireRate(commissionRate(), "commission rate", BigDecimal.ONE);
    if (priceScale() < 0 || priceScale() > UnitPrice.MAX_SCALE) {
      throw new IllegalArgumentException("price scale must be 0.." + UnitPrice.MAX_SCALE + ": " + priceScale());
    }
  }

  private static void requireRate(BigDecimal rate, String what, BigDecimal limit) {
    Objects.requireNonNull(rate, what);
    if (rate.signum() < 0 || rate.compareTo(limit) >= 0) {
      throw new IllegalArgumentException(what + " must be a fraction from 0 to below " + limit.toPlainString()
          + " (13% is 0.13): " + rate.toPlainString());
    }
  }

  /**
   * Computes the quote.
   *
   * @return the quote, or {@code PRICE_BUILD_UP_IMPOSSIBLE} when profit, commission and insurance
   *         together take 100% or more of the price
   */
  public Either<Rejection, ExportQuote> quote() {
    BigDecimal one = BigDecimal.ONE;
    BigDecimal p = purchasePriceInclVat().amount();
    BigDecimal rebate = p.divide(one.add(vatRate()), INTERNAL_SCALE, RoundingMode.HALF_UP).multiply(rebateRate());
    BigDecimal actual = p.subtract(rebate);
    BigDecimal domestic = domesticCostPerUnit().amount().add(p.multiply(domesticCostRate()));
    BigDecimal totalCost = actual.add(domestic);
    BigDecimal e = exchangeRate().rate();
    BigDecimal cost = totalCost.divide(e, INTERNAL_SCALE, RoundingMode.HALF_UP);
    BigDecimal freight = freightPerUnit().map(Money::amount).orElse(BigDecimal.ZERO);
    BigDecimal insuranceShare = one.add(insuranceMarkup()).multiply(insuranceRate());
    BigDecimal c = commissionRate();
    BigDecimal fob;
    BigDecimal cfr;
    BigDecimal cif;
    if (profitConvention() == ProfitConvention.PERCENT_OF_PRICE) {
      BigDecimal d1 = one.subtract(profitRate()).subtract(c);
      BigDecimal d2 = d1.subtract(insuranceShare);
      if (d2.signum() <= 0) {
        return impossible(d2);
      }
      fob = cost.divide(d1, INTERNAL_SCALE, RoundingMode.HALF_UP);
      cfr = cost.add(freight).divide(d1, INTERNAL_SCALE, RoundingMode.HALF_UP);
      cif = cost.add(freight).divide(d2, INTERNAL_SCALE, RoundingMode.HALF_UP);
    } else {
      BigDecimal base = cost.multiply(one.add(profitRate()));
      BigDecimal d1 = one.subtract(c);
      BigDecimal d2 = d1.subtract(insuranceShare);
      if (d2.signum() <= 0) {
        return impossible(d2);
      }
      fob = base.divide(d1, INTERNAL_SCALE, RoundingMode.HALF_UP);
      cfr = base.add(freight).divide(d1, INTERNAL_SCALE, RoundingMode.HALF_UP);
      cif = base.add(freight).divide(d2, INTERNAL_SCALE, RoundingMode.HALF_UP);
    }
    java.util.Currency q = exchangeRate().base();
    int s = priceScale();
    UnitPrice fobQ = new UnitPrice(fob.setScale(s, RoundingMode.HALF_UP), q);
    UnitPrice cfrQ = new UnitPrice(cfr.setScale(s, RoundingMode.HALF_UP), q);
    UnitPrice cifQ = new UnitPrice(cif.setScale(s, RoundingMode.HALF_UP), q);
    BigDecimal insured = cifQ.amount().multiply(one.add(insuranceMarkup()));
    BigDecimal netFob = fobQ.amount().multiply(one.subtract(c));
    BigDecimal exchangeCost = netFob.signum() == 0 ? BigDecimal.ZERO : totalCost.divide(netFob, 4, RoundingMode.HALF_UP);
    BigDecimal profitAndLoss = netFob.multiply(e).subtract(totalCost).divide(totalCost, 4, RoundingMode.HALF_UP);
    return Either.right(new ExportQuote(scale4(rebate), scale4(actual), scale4(totalCost), scale4(cost), fobQ, cfrQ, cifQ,
        scale4(fob), scale4(cfr), scale4(cif), insured.setScale(2, RoundingMode.HALF_UP), scale4(insured.multiply(insuranceRate())),
        exchangeCost, profitAndLoss, exchangeRate()));
  }

  private static BigDecimal scale4(BigDecimal v) {
    return v.setScale(4, RoundingMode.HALF_UP);
  }

  private Either<Rejection, ExportQuote> impossible(BigDecimal denominator) {
    return Either.left(Rejection.of("PRICE_BUILD_UP_IMPOSSIBLE", "profit " + profitRate().toPlainString() + ", commission "
        + commissionRate().toPlainString() + " and insurance " + insuranceMarkup().add(BigDecimal.ONE).multiply(insuranceRate()).toPlainString()
        + " take 100% or more of the price (1 − sum = " + denominator.stripTrailingZeros().toPlainString()
        + "); lower the profit or commission rate (报价无法核算)"));
  }

  /**
   * The CIF value from a CFR value: CFR ÷ (1 − (1 + markup) × rate), rounded to the currency's scale
   * with {@code rounding}. Example: CFR 1986.80 insured at 130% × 0.6% is CIF 2002.42.
   *
   * @throws IllegalArgumentException if (1 + markup) × rate is 1 or more, or a rate is negative
   */
  public static Money cifFromCfr(Money cfr, BigDecimal markup, BigDecimal rate, RoundingMode rounding) {
    Objects.requireNonNull(cfr, "cfr");
    BigDecimal d = insuranceDenominator(markup, rate);
    return Money.of(cfr.amount().divide(d, INTERNAL_SCALE, RoundingMode.HALF_UP), cfr.currency(), Objects.requireNonNull(rounding, "rounding"));
  }

  /**
   * The CFR value contained in a CIF value: CIF × (1 − (1 + markup) × rate). Example: CIF 2000.00
   * insured at 110% × 0.6% contains CFR 1986.80.
   */
  public static Money cfrFromCif(Money cif, BigDecimal markup, BigDecimal rate, RoundingMode rounding) {
    Objects.requireNonNull(cif, "cif");
    BigDecimal d = insuranceDenominator(markup, rate);
    return cif.multipliedBy(d, Objects.requireNonNull(rounding, "rounding"));
  }

  private static BigDecimal insuranceDenominator(BigDecimal markup, BigDecimal rate) {
    Objects.requireNonNull(markup, "markup");
    Objects.requireNonNull(rate, "rate");
    if (markup.signum() < 0 || rate.signum() < 0) {
      throw new IllegalArgumentException("insurance markup and rate must not be negative: " + markup + ", " + rate);
    }
    BigDecimal d = BigDecimal.ONE.subtract(BigDecimal.ONE.add(markup).multiply(rate));
    if (d.signum() <= 0) {
      throw new IllegalArgumentException("insurance of (1 + " + markup.toPlainString() + ") × " + rate.toPlainString() + " takes the whole value");
    }
    return d;
  }
}
