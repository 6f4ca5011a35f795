package org.gendan.scheduling.schedule;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Objects;
import org.gendan.core.party.CustomerTier;

/** The named planning principles. */
public final class PriorityRules {

  private PriorityRules() {}

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** Earliest due date first (交货期先后原则). On one machine it minimises the maximum lateness. */
  public static final PriorityRule EDD = new Named("EDD",
      ctx -> Comparator.comparing(Job::due),
      (j, ctx) -> "due " + TIME.format(j.due()));

  /**
   * Customer tier first (客户分类原则: key customers before A, B, C and unclassified), then earliest due
   * date.
   */
  public static final PriorityRule TIER_THEN_EDD = new Named("TIER_THEN_EDD",
      ctx -> Comparator.comparingInt((Job j) -> j.tier().map(Enum::ordinal).orElse(CustomerTier.values().length)).thenComparing(Job::due),
      (j, ctx) -> "tier " + j.tier().map(Enum::name).orElse("none") + ", due " + TIME.format(j.due()));

  /** Least slack first: time from ready to due minus work content. */
  public static final PriorityRule MIN_SLACK = new Named("MIN_SLACK",
      ctx -> Comparator.comparingLong(ctx::slackMinutes),
      (j, ctx) -> "slack " + Durations.text(ctx.slackMinutes(j)) + " between ready, work and due");

  /**
   * Weighted shortest processing time first: highest weight per minute of work. On one machine with
   * all jobs ready it minimises the total weighted completion time.
   */
  public static final PriorityRule WSPT = new Named("WSPT",
      ctx -> (a, b) -> Long.compare(b.weight() * a.standardWorkMinutes(), a.weight() * b.standardWorkMinutes()),
      (j, ctx) -> "weight " + j.weight() + " per " + j.standardWorkMinutes() + " min of work");

  /** Apparent tardiness cost with look-ahead k = 2 and the jobs' tier weights. */
  public static final PriorityRule ATC = atc(2.0);

  /**
   * Apparent tardiness cost (ATC): index {@code w/p · exp(−max(0, slack) / (k · p̄))}, highest first,
   * where p is the job's work content, p̄ the average, slack the job's slack at its ready time.
   *
   * @param k look-ahead parameter, 0.1..10
   * @throws IllegalArgumentException if k is out of range
   */
  public static PriorityRule atc(double k) {
    if (!(k >= 0.1 && k <= 10)) {
      throw new IllegalArgumentException("ATC look-ahead k must be 0.1..10, got " + k);
    }
    return new Named(k == 2.0 ? "ATC" : "ATC(k=" + k + ")",
        ctx -> Comparator.comparingDouble((Job j) -> -atcIndex(j, ctx, k)),
        (j, ctx) -> String.format(java.util.Locale.ROOT, "weight %d, %d min of work, slack %s (ATC index %.3g)",
            j.weight(), j.standardWorkMinutes(), Durations.text(ctx.slackMinutes(j)), atcIndex(j, ctx, k)));
  }

  static double atcIndex(Job j, RuleContext ctx, double k) {
    double p = Math.max(1, j.standardWorkMinutes());
    double slack = Math.max(0, ctx.slackMinutes(j));
    return j.weight() / p * Math.exp(-slack / (k * ctx.averageWorkMinutes()));
  }

  /** A rule defined by a comparator factory and a reason text. */
  private static final class Named implements PriorityRule {
    private final String name;
    private final java.util.function.Function<RuleContext, Comparator<Job>> comparator;
    private final java.util.function.BiFunction<Job, RuleContext, String> reason;

    Named(String name, java.util.function.Function<RuleContext, Comparator<Job>> comparator,
        java.util.function.BiFunction<Job, RuleContext, String> reason) {
      this.name = name;
      this.comparator = comparator;
      this.reason = reason;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Comparator<Job> comparator(RuleContext context) {
      Objects.requireNonNull(context, "context");
      return comparator.apply(context);
    }

    @Override
    public String reason(Job job, RuleContext context) {
      Objects.requireNonNull(job, "job");
      Objects.requireNonNull(context, "context");
      return reason.apply(job, context);
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
