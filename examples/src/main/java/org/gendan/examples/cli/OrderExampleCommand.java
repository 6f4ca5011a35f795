package org.gendan.examples.cli;

import java.util.concurrent.Callable;
import org.gendan.examples.OrderLifecycleExample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gendan order-example}: one sample order followed through its whole lifecycle. */
@Command(name = "order-example", mixinStandardHelpOptions = true,
    description = {"Walks one sample order through its lifecycle (接单 to 结案) and prints each event and status,",
        "the review findings (审单), the follow-up milestones (跟单计划), the worklist on a busy day,",
        "and two commands the guards refuse, with their reasons."})
final class OrderExampleCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    OrderLifecycleExample.run(spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
