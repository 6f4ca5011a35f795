package org.gendan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gendan.examples.cli.Cli.gendan;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.gendan.core.order.OrderStatus;
import org.gendan.examples.OrderLifecycleExample;
import org.gendan.examples.cli.Cli.Run;
import org.junit.jupiter.api.Test;

class OrderExampleCommandTest {

  @Test
  void the_order_example_walks_one_order_from_intake_to_closing_with_a_refused_transition() {
    Run run = gendan("order-example");
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("RECEIVED", "CONFIRMED", "REVIEWED", "IN_PRODUCTION", "PRODUCED", "INSPECTED", "CLEARED", "SHIPPED",
            "DOCUMENTS_SENT", "CLOSED")
        .contains("REFUSED  NOT_CONFIRMED_IN_WRITING")
        .contains("REFUSED  DEPOSIT_NOT_RECEIVED")
        .contains("Order review (审单)")
        .contains("CAPACITY_NOT_CHECKED")
        .contains("Follow-up plan (跟单计划)")
        .contains("OVERDUE   order SO-2026-0412: sample approval (样品确认)")
        .contains("Replaying the history rebuilds the same order: true");
  }

  @Test
  void the_example_program_ends_with_a_closed_order() {
    StringWriter out = new StringWriter();
    assertThat(OrderLifecycleExample.run(new PrintWriter(out)).status()).isEqualTo(OrderStatus.CLOSED);
  }

  @Test
  void an_unknown_command_is_bad_input_with_usage_help() {
    Run run = gendan("no-such-command");
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("gendan: Unmatched argument").contains("Usage: gendan");
  }

  @Test
  void every_command_has_help() {
    Run run = gendan("order-example", "--help");
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Usage: gendan order-example");
  }
}
