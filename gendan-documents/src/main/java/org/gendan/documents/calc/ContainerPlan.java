package org.gendan.documents.calc;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.order.ShipmentMode;
import org.gendan.core.money.Money;

/**
 * The result of container planning (装柜计划): LCL (拼箱) or FCL (整柜) with the containers, and why.
 *
 * @param mode               {@link ShipmentMode#SEA_LCL} or {@link ShipmentMode#SEA_FCL}
 * @param containers         the containers per type for FCL (empty for LCL)
 * @param measurement        the cargo's measurement (CBM)
 * @param grossWeight        the cargo's gross weight (KG)
 * @param revenueTons        W/M revenue tons: the greater of CBM and gross tonnes
 * @param volumeUtilisation  cargo CBM ÷ usable CBM of the containers (0 for LCL), 4 decimals
 * @param weightUtilisation  cargo weight ÷ cargo weight limit of the containers (0 for LCL), 4 decimals
 * @param lclCost            the LCL cost when rates were given
 * @param fclCost            the cost of the cheapest FCL combination when rates were given
 * @param breakEvenRevenueTons the revenue tons at which LCL costs as much as that FCL combination
 * @param reason             the decision in words, for the 跟单员 and the forwarder
 */
public record ContainerPlan(ShipmentMode mode, Map<ContainerType, Integer> containers, Quantity measurement,
    Quantity grossWeight, BigDecimal revenueTons, BigDecimal volumeUtilisation, BigDecimal weightUtilisation,
    Optional<Money> lclCost, Optional<Money> fclCost, Optional<BigDecimal> breakEvenRevenueTons, String reason) {

  /** Creates the plan. @throws IllegalArgumentException if mode and containers disagree */
  public ContainerPlan {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(containers, "containers");
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(grossWeight, "grossWeight");
    Objects.requireNonNull(revenueTons, "revenueTons");
    Objects.requireNonNull(volumeUtilisation, "volumeUtilisation");
    Objects.requireNonNull(weightUtilisation, "weightUtilisation");
    Objects.requireNonNull(lclCost, "lclCost");
    Objects.requireNonNull(fclCost, "fclCost");
    Objects.requireNonNull(breakEvenRevenueTons, "breakEvenRevenueTons");
    Objects.requireNonNull(reason, "reason");
    if (mode != ShipmentMode.SEA_LCL && mode != ShipmentMode.SEA_FCL) {
      throw new IllegalArgumentException("a container plan is SEA_LCL or SEA_FCL, not " + mode);
    }
    EnumMap<ContainerType, Integer> copy = new EnumMap<>(ContainerType.class);
    containers.forEach((t, n) -> {
      if (n <= 0) {
        throw new IllegalArgumentException("container count for " + t.code() + " must be positive: " + n);
      }
      copy.put(t, n);
    });
    if ((mode == ShipmentMode.SEA_FCL) == copy.isEmpty()) {
      throw new IllegalArgumentException(mode + " plan with containers " + copy);
    }
    containers = Collections.unmodifiableMap(copy);
  }

  /** The total number of containers (0 for LCL). */
  public int containerCount() {
    return containers.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** True if the weight limit binds before the volume (dense cargo). */
  public boolean isWeightBound() {
    return weightUtilisation.compareTo(volumeUtilisation) > 0;
  }

  /** The containers as written on a booking, e.g. {@code 1x40HQ + 1x20GP}, or {@code LCL}. */
  public String toBookingText() {
    if (containers.isEmpty()) {
      return "LCL";
    }
    StringBuilder sb = new StringBuilder();
    for (ContainerType t : new ContainerType[] {ContainerType.HQ40, ContainerType.GP40, ContainerType.GP20}) {
      if (containers.containsKey(t)) {
        sb.append(sb.length() == 0 ? "" : " + ").append(containers.get(t)).append('x').append(t.code());
      }
    }
    return sb.toString();
  }
}
