package org.gendan.examples;

import io.vavr.control.Either;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gendan.core.Rejection;
import org.gendan.core.party.CustomerTier;
import org.gendan.examples.demo.FactoryDemo;
import org.gendan.examples.sample.SampleData;
import org.gendan.scheduling.promise.CapablePromise;
import org.gendan.scheduling.promise.Inquiry;
import org.gendan.scheduling.promise.Promise;
import org.gendan.scheduling.promise.Slip;
import org.gendan.scheduling.schedule.JobSettings;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;

/**
 * Capable-to-promise (交期答复): the sample factory's waiting inquiry is answered against the schedule of
 * the promised orders, once as if it came from a key account (重点客户, tier KEY) and once from an
 * occasional customer (tier C). The earliest date that makes no promised order later is the same for
 * both; what differs is the date at the tier's priority and the promised orders that would then slip.
 */
public final class PromiseExample {

  /** The tiers the inquiry is answered at. */
  public static final List<CustomerTier> TIERS = List.of(CustomerTier.KEY, CustomerTier.C);

  private PromiseExample() {}

  /** Runs the example and prints to standard output. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    run(out);
    out.flush();
  }

  /**
   * Runs the example.
   *
   * @param out where the answers are printed
   * @throws NullPointerException if {@code out} is null
   * @return the answer at each of {@link #TIERS}, in that order
   */
  public static List<Either<Rejection, Promise>> run(PrintWriter out) {
    Objects.requireNonNull(out, "out");
    SampleData data = SampleData.load();
    JobSettings settings = JobSettings.of(FactoryDemo.BUFFER_DAYS);
    Schedule promised = Scheduler.of(PriorityRules.TIER_THEN_EDD).schedule(FactoryDemo.schedulingProblem(data, data.today(), settings));
    CapablePromise ctp = CapablePromise.on(promised, data.routings(), settings);
    Inquiry base = data.inquiry();
    out.println("Inquiry " + base.reference() + ": " + base.quantity() + " of " + base.sku() + ", wanted by " + base.wantedDate()
        + "; " + promised.problem().jobs().size() + " promised jobs, today " + data.today());
    List<Either<Rejection, Promise>> answers = new ArrayList<>();
    for (CustomerTier tier : TIERS) {
      Inquiry inquiry = new Inquiry(base.reference(), base.sku(), base.quantity(), base.wantedDate(), tier, base.conditions());
      Either<Rejection, Promise> answer = ctp.promise(inquiry);
      answers.add(answer);
      out.println();
      out.println("At tier " + tier + ":");
      if (answer.isLeft()) {
        out.println("   no date can be promised: " + answer.getLeft());
        continue;
      }
      Promise p = answer.get();
      out.println("   earliest delivery without delaying anyone: " + p.earliestDelivery()
          + (p.meetsWantedDate() ? " (meets the wanted date)" : " (later than wanted)"));
      out.println("   at tier priority: " + p.deliveryAtTierPriority() + ", " + p.slipsAtTierPriority().size() + " promised job(s) would slip");
      for (Slip s : p.slipsAtTierPriority()) {
        out.printf("      %-16s %s -> %s (%.1f days%s)%n", s.job(), s.before().toString().replace('T', ' '),
            s.after().toString().replace('T', ' '), s.slipMinutes() / 1440.0, s.becomesLate() ? ", becomes late" : "");
      }
      out.println("   " + p.explanation());
    }
    out.flush();
    return List.copyOf(answers);
  }
}
