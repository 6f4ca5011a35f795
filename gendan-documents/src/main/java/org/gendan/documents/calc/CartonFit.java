package org.gendan.documents.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.gendan.core.product.PackingSpec;

/**
 * How many cartons of one size fit in a container, stowed in rows in one orientation:
 * ⌊L/l⌋ × ⌊W/w⌋ × ⌊H/h⌋ with the container's internal dimensions. With THIS SIDE UP only the two
 * orientations that keep the carton's height vertical are tried, otherwise all six. The best
 * orientation wins; ties go to the first in the fixed order (l,w,h), (w,l,h), (l,h,w), (h,l,w),
 * (w,h,l), (h,w,l).
 *
 * @param container    the container type
 * @param alongLength  cartons along the container's length
 * @param alongWidth   cartons along its width
 * @param alongHeight  cartons stacked
 * @param upright      whether the carton stands on its base (its height vertical)
 */
public record CartonFit(ContainerType container, int alongLength, int alongWidth, int alongHeight, boolean upright) {

  /** Creates the value. */
  public CartonFit {
    Objects.requireNonNull(container, "container");
    if (alongLength < 0 || alongWidth < 0 || alongHeight < 0) {
      throw new IllegalArgumentException("carton counts must not be negative");
    }
  }

  /** The number of cartons that fit. */
  public long cartons() {
    return (long) alongLength * alongWidth * alongHeight;
  }

  /**
   * The best stowage of cartons of {@code spec} in {@code container}.
   *
   * @param thisSideUp whether the cartons must stay upright
   */
  public static CartonFit of(PackingSpec spec, ContainerSpec container, boolean thisSideUp) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(container, "container");
    int l = mm(spec.lengthCm());
    int w = mm(spec.widthCm());
    int h = mm(spec.heightCm());
    int[][] orientations = {{l, w, h}, {w, l, h}, {l, h, w}, {h, l, w}, {w, h, l}, {h, w, l}};
    CartonFit best = null;
    for (int k = 0; k < (thisSideUp ? 2 : 6); k++) {
      int[] o = orientations[k];
      CartonFit fit = new CartonFit(container.type(), container.lengthMm() / o[0], container.widthMm() / o[1],
          container.heightMm() / o[2], k < 2);
      if (best == null || fit.cartons() > best.cartons()) {
        best = fit;
      }
    }
    return best;
  }

  private static int mm(BigDecimal cm) {
    // a carton never shrinks: part millimetres round up
    return cm.movePointRight(1).setScale(0, RoundingMode.CEILING).intValueExact();
  }
}
