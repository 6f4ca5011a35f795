package org.gendan.core.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Ids;

/**
 * The answer of a {@link CapacityCheck} or {@link MaterialCheck}: can the order be met by its date?
 *
 * @param outcome      feasible, not feasible, or not checked
 * @param earliestDate the earliest date the order can be met, when known
 * @param explanation  what decided it, for the 跟单员 (which line is full, which material is short)
 */
public record Feasibility(Outcome outcome, Optional<LocalDate> earliestDate, String explanation) {

  /** The three possible answers. */
  public enum Outcome {
    /** The order can be met by its delivery date. */
    FEASIBLE,
    /** The order cannot be met by its delivery date. */
    INFEASIBLE,
    /** No check was made (no planning data connected). */
    NOT_CHECKED
  }

  /** Creates the value. */
  public Feasibility {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(earliestDate, "earliestDate");
    Ids.requireNonBlankText(explanation, "explanation", 4000);
  }

  /** Feasible, ready by {@code date}. */
  public static Feasibility feasible(LocalDate date, String explanation) {
    Objects.requireNonNull(date, "date");
    return new Feasibility(Outcome.FEASIBLE, Optional.of(date), explanation);
  }

  /** Not feasible; the earliest possible date is {@code earliest}. */
  public static Feasibility infeasible(LocalDate earliest, String explanation) {
    Objects.requireNonNull(earliest, "earliest");
    return new Feasibility(Outcome.INFEASIBLE, Optional.of(earliest), explanation);
  }

  /** Not feasible at all (e.g. the item cannot be made here). */
  public static Feasibility infeasible(String explanation) {
    return new Feasibility(Outcome.INFEASIBLE, Optional.empty(), explanation);
  }

  /** Not checked, with the reason. */
  public static Feasibility notChecked(String explanation) {
    return new Feasibility(Outcome.NOT_CHECKED, Optional.empty(), explanation);
  }
}
