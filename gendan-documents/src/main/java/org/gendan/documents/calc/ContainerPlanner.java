package org.gendan.documents.calc;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.order.ShipmentMode;

/**
 * Plans containers for a shipment by volume and weight with usable (not nominal) capacities, and
 * decides LCL or FCL.
 *
 * <p>FCL: every combination of the available container types that holds both the volume and the
 * weight is considered. With {@link FreightRates} the cheapest combination wins, otherwise the one
 * with the fewest containers; ties go to the smaller usable volume, then to fewer of the larger
 * types. LCL vs FCL: with rates, LCL costs rate × revenue tons (W/M, 1 t = 1 CBM) and is chosen
 * when it is strictly cheaper than the best FCL combination (the break-even is FCL cost ÷ LCL rate);
 * without rates, LCL is chosen below {@link #lclThresholdCbm()} revenue tons (the 13–15 CBM rule of
 * thumb; 15 by default).
 *
 * <p>Immutable and thread-safe.
 */
public final class ContainerPlanner {

  /** The default LCL threshold in revenue tons when no rates are known. */
  public static final BigDecimal DEFAULT_LCL_THRESHOLD = BigDecimal.valueOf(15);
  /** The largest shipment planned, in CBM (and in tonnes). */
  public static final BigDecimal MAX_SHIPMENT = BigDecimal.valueOf(10_000);

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final List<ContainerSpec> containers;
  private final BigDecimal lclThreshold;

  private ContainerPlanner(List<ContainerSpec> containers, BigDecimal lclThreshold) {
    this.containers = containers;
    this.lclThreshold = lclThreshold;
  }

  /** A planner with the standard 20GP, 40GP and 40HQ and the default LCL threshold. */
  public static ContainerPlanner standard() {
    return new ContainerPlanner(List.of(ContainerSpec.standard(ContainerType.GP20), ContainerSpec.standard(ContainerType.GP40),
        ContainerSpec.standard(ContainerType.HQ40)), DEFAULT_LCL_THRESHOLD);
  }

  /**
   * A copy that plans with these containers (one spec per type).
   *
   * @throws IllegalArgumentException if the list is empty or names a type twice
   */
  public ContainerPlanner withContainers(List<ContainerSpec> specs) {
    Objects.requireNonNull(specs, "specs");
    if (specs.isEmpty()) {
      throw new IllegalArgumentException("a container planner needs at least one container type");
    }
    List<ContainerSpec> sorted = new ArrayList<>();
    for (ContainerSpec s : specs) {
      Objects.requireNonNull(s, "specs contains null");
      if (sorted.stream().anyMatch(x -> x.type() == s.type())) {
        throw new IllegalArgumentException("container type " + s.type().code() + " given twice");
      }
      sorted.add(s);
    }
    sorted.sort((a, b) -> a.type().compareTo(b.type()));
    return new ContainerPlanner(List.copyOf(sorted), lclThreshold);
  }

  /** A copy with another LCL threshold (revenue tons) for planning without rates. */
  public ContainerPlanner withLclThreshold(BigDecimal threshold) {
    Objects.requireNonNull(threshold, "threshold");
    if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("LCL threshold must be 0..100 revenue tons: " + threshold);
    }
    return new ContainerPlanner(containers, threshold);
  }

  /** The LCL threshold in revenue tons used when no rates are given. */
  public BigDecimal lclThresholdCbm() {
    return lclThreshold;
  }

  /** Plans the shipment of a packing (its total measurement and gross weight). */
  public Either<Rejection, ContainerPlan> plan(Packing packing, Optional<FreightRates> rates) {
    Objects.requireNonNull(packing, "packing");
    return plan(packing.totalMeasurement(), packing.totalGrossWeight(), rates);
  }

  /**
   * Plans a shipment of the given measurement and gross weight.
   *
   * @param measurement the cargo volume, in a volume unit; positive
   * @param grossWeight the cargo gross weight, in a mass unit; positive
   * @param rates       the forwarder's rates, if known
   * @return the plan (LCL when rates are given but quote none of the planner's container types), or
   *         {@code SHIPMENT_TOO_LARGE} beyond {@link #MAX_SHIPMENT} CBM or tonnes
   * @throws IllegalArgumentException if a figure is not positive or in the wrong unit
   */
  public Either<Rejection, ContainerPlan> plan(Quantity measurement, Quantity grossWeight, Optional<FreightRates> rates) {
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(grossWeight, "grossWeight");
    Objects.requireNonNull(rates, "rates");
    if (!measurement.unit().isConvertibleTo(Unit.CBM) || !grossWeight.unit().isConvertibleTo(Unit.KG)) {
      throw new IllegalArgumentException("measurement must be a volume and gross weight a mass, got " + measurement.unit() + " and " + grossWeight.unit());
    }
    if (!measurement.isPositive() || !grossWeight.isPositive()) {
      throw new IllegalArgumentException("measurement and gross weight must be positive: " + measurement + ", " + grossWeight);
    }
    BigDecimal cbm = measurement.to(Unit.CBM).value();
    BigDecimal kg = grossWeight.to(Unit.KG).value();
    BigDecimal tonnes = kg.divide(THOUSAND);
    if (cbm.compareTo(MAX_SHIPMENT) > 0 || tonnes.compareTo(MAX_SHIPMENT) > 0) {
      return Either.left(Rejection.of("SHIPMENT_TOO_LARGE", "a shipment of " + cbm.toPlainString() + " CBM / " + kg.toPlainString()
          + " kg is beyond " + MAX_SHIPMENT + " CBM or tonnes; split it into several bookings (分批订舱)"));
    }
    BigDecimal revenueTons = cbm.max(tonnes);
    Quantity m = Quantity.of(cbm, Unit.CBM);
    Quantity w = Quantity.of(kg, Unit.KG);
    List<ContainerSpec> usable = containers;
    if (rates.isPresent()) {
      usable = containers.stream().filter(s -> rates.get().fclPerContainer().containsKey(s.type())).toList();
    }
    Optional<int[]> best = bestCombination(usable, cbm, kg, rates);
    if (rates.isPresent()) {
      FreightRates r = rates.get();
      Money lcl = r.lclPerRevenueTon().multipliedBy(revenueTons, RoundingMode.HALF_UP);
      if (best.isEmpty()) {
        return Either.right(lclPlan(m, w, revenueTons, Optional.of(lcl), Optional.empty(), Optional.empty(),
            "LCL (拼箱): no container type is quoted, LCL costs " + lcl));
      }
      Money fcl = cost(usable, best.get(), r);
      BigDecimal breakEven = fcl.amount().divide(r.lclPerRevenueTon().amount(), 2, RoundingMode.HALF_UP);
      if (lcl.isLessThan(fcl)) {
        return Either.right(lclPlan(m, w, revenueTons, Optional.of(lcl), Optional.of(fcl), Optional.of(breakEven),
            "LCL (拼箱): " + revenueTons.stripTrailingZeros().toPlainString() + " revenue tons × " + r.lclPerRevenueTon() + " = " + lcl
                + " is below the FCL cost " + fcl + " (" + text(usable, best.get()) + "); break-even at " + breakEven.toPlainString() + " revenue tons"));
      }
      return Either.right(fclPlan(usable, best.get(), m, w, revenueTons, Optional.of(lcl), Optional.of(fcl), Optional.of(breakEven),
          "FCL (整柜): " + text(usable, best.get()) + " costs " + fcl + ", not more than LCL at " + lcl
              + "; break-even at " + breakEven.toPlainString() + " revenue tons"));
    }
    if (revenueTons.compareTo(lclThreshold) < 0) {
      return Either.right(lclPlan(m, w, revenueTons, Optional.empty(), Optional.empty(), Optional.empty(),
          "LCL (拼箱): " + revenueTons.stripTrailingZeros().toPlainString() + " revenue tons is below the " + lclThreshold.toPlainString()
              + " revenue-ton threshold; give freight rates for a decision by cost"));
    }
    return Either.right(fclPlan(usable, best.orElseThrow(), m, w, revenueTons, Optional.empty(), Optional.empty(), Optional.empty(),
        "FCL (整柜): " + text(usable, best.get()) + " is the fewest containers that hold " + cbm.stripTrailingZeros().toPlainString()
            + " CBM and " + kg.stripTrailingZeros().toPlainString() + " kg with usable capacities"));
  }

  private static ContainerPlan lclPlan(Quantity m, Quantity w, BigDecimal rt, Optional<Money> lcl, Optional<Money> fcl,
      Optional<BigDecimal> breakEven, String reason) {
    return new ContainerPlan(ShipmentMode.SEA_LCL, Map.of(), m, w, rt, BigDecimal.ZERO, BigDecimal.ZERO, lcl, fcl, breakEven, reason);
  }

  private static ContainerPlan fclPlan(List<ContainerSpec> specs, int[] counts, Quantity m, Quantity w, BigDecimal rt,
      Optional<Money> lcl, Optional<Money> fcl, Optional<BigDecimal> breakEven, String reason) {
    Map<ContainerType, Integer> map = new EnumMap<>(ContainerType.class);
    BigDecimal cap = BigDecimal.ZERO;
    BigDecimal kgCap = BigDecimal.ZERO;
    for (int i = 0; i < specs.size(); i++) {
      if (counts[i] > 0) {
        map.put(specs.get(i).type(), counts[i]);
        cap = cap.add(specs.get(i).usableCbm().multiply(BigDecimal.valueOf(counts[i])));
        kgCap = kgCap.add(specs.get(i).maxCargoKg().multiply(BigDecimal.valueOf(counts[i])));
      }
    }
    return new ContainerPlan(ShipmentMode.SEA_FCL, map, m, w, rt, m.value().divide(cap, 4, RoundingMode.HALF_UP),
        w.value().divide(kgCap, 4, RoundingMode.HALF_UP), lcl, fcl, breakEven, reason);
  }

  private static String text(List<ContainerSpec> specs, int[] counts) {
    List<String> parts = new ArrayList<>();
    for (int i = specs.size() - 1; i >= 0; i--) {
      if (counts[i] > 0) {
        parts.add(counts[i] + "x" + specs.get(i).type().code());
      }
    }
    return String.join(" + ", parts);
  }

  private static Money cost(List<ContainerSpec> specs, int[] counts, FreightRates r) {
    Money sum = Money.zero(r.lclPerRevenueTon().currency());
    for (int i = 0; i < specs.size(); i++) {
      sum = sum.plus(r.fclPerContainer().get(specs.get(i).type()).multipliedBy(counts[i]));
    }
    return sum;
  }

  /** Enumerates counts of all types but the first; the first (smallest) type fills the rest. */
  private static Optional<int[]> bestCombination(List<ContainerSpec> specs, BigDecimal cbm, BigDecimal kg, Optional<FreightRates> rates) {
    if (specs.isEmpty()) {
      return Optional.empty();
    }
    int n = specs.size();
    int[] bound = new int[n];
    for (int i = 0; i < n; i++) {
      bound[i] = needed(specs.get(i), cbm, kg);
    }
    int[] counts = new int[n];
    int[][] best = {null};
    search(specs, n - 1, counts, bound, cbm, kg, rates, best);
    return Optional.ofNullable(best[0]);
  }

  private static void search(List<ContainerSpec> specs, int i, int[] counts, int[] bound, BigDecimal cbm, BigDecimal kg,
      Optional<FreightRates> rates, int[][] best) {
    if (i == 0) {
      BigDecimal restCbm = cbm;
      BigDecimal restKg = kg;
      for (int k = 1; k < specs.size(); k++) {
        restCbm = restCbm.subtract(specs.get(k).usableCbm().multiply(BigDecimal.valueOf(counts[k])));
        restKg = restKg.subtract(specs.get(k).maxCargoKg().multiply(BigDecimal.valueOf(counts[k])));
      }
      counts[0] = needed(specs.get(0), restCbm.max(BigDecimal.ZERO), restKg.max(BigDecimal.ZERO));
      if (counts[0] > 0 || java.util.Arrays.stream(counts).sum() > 0) {
        if (best[0] == null || better(specs, counts, best[0], rates)) {
          best[0] = counts.clone();
        }
      }
      return;
    }
    for (int c = 0; c <= bound[i]; c++) {
      counts[i] = c;
      search(specs, i - 1, counts, bound, cbm, kg, rates, best);
    }
    counts[i] = 0;
  }

  private static int needed(ContainerSpec s, BigDecimal cbm, BigDecimal kg) {
    int byVolume = cbm.divide(s.usableCbm(), 0, RoundingMode.CEILING).intValueExact();
    int byWeight = kg.divide(s.maxCargoKg(), 0, RoundingMode.CEILING).intValueExact();
    return Math.max(byVolume, byWeight);
  }

  private static boolean better(List<ContainerSpec> specs, int[] a, int[] b, Optional<FreightRates> rates) {
    if (rates.isPresent()) {
      int c = cost(specs, a, rates.get()).compareTo(cost(specs, b, rates.get()));
      if (c != 0) {
        return c < 0;
      }
    }
    int ca = java.util.Arrays.stream(a).sum();
    int cb = java.util.Arrays.stream(b).sum();
    if (ca != cb) {
      return ca < cb;
    }
    int v = capacity(specs, a).compareTo(capacity(specs, b));
    if (v != 0) {
      return v < 0;
    }
    for (int i = specs.size() - 1; i >= 0; i--) {
      if (a[i] != b[i]) {
        return a[i] < b[i];
      }
    }
    return false;
  }

  private static BigDecimal capacity(List<ContainerSpec> specs, int[] counts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < specs.size(); i++) {
      sum = sum.add(specs.get(i).usableCbm().multiply(BigDecimal.valueOf(counts[i])));
    }
    return sum;
  }
}
