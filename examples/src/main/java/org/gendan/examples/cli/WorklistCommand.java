package org.gendan.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.gendan.core.followup.FollowUpPolicy;
import org.gendan.core.followup.Urgency;
import org.gendan.core.followup.Worklist;
import org.gendan.core.followup.WorklistEntry;
import org.gendan.examples.sample.SampleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gendan worklist}: today's follow-up worklist (日清日结) — every order's next step that is due,
 * overdue or coming up, most urgent first.
 */
@Command(name = "worklist", mixinStandardHelpOptions = true,
    description = {"Prints today's follow-up worklist (日清日结) of the factory's orders, most urgent first.",
        "Exit code 0: printed; 2: bad input.",
        "Data files (--data DIR), formats in examples/schemas/: customers.schema.json, suppliers.schema.json,",
        "items.schema.json, prices.schema.json, factory.schema.json, orders.schema.json."})
final class WorklistCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  SampleOptions options;

  @Override
  public Integer call() {
    SampleData data = options.load();
    LocalDate today = options.today(data);
    Worklist w = Worklist.of(data.orders(), data.tiers(), today, FollowUpPolicy.DEFAULT);
    PrintWriter o = spec.commandLine().getOut();
    if (options.json()) {
      SampleOptions.printJson(o, w);
    } else {
      o.println("Worklist for " + today + ": " + w.entries().size() + " entries, " + w.entries(Urgency.OVERDUE).size() + " overdue");
      for (WorklistEntry e : w.entries()) {
        o.printf("%-9s %-13s %s%n", e.urgency(), e.orderId(), e.message());
      }
      w.unplanned().forEach(r -> o.println("UNPLANNED " + r));
    }
    o.flush();
    return ExitCodes.OK;
  }
}
