package org.gendan.examples.cli;

import io.vavr.control.Either;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Item;
import org.gendan.core.product.Sku;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gendan promise --item SKU --quantity Q --date DATE --tier TIER}: capable-to-promise (交期答复)
 * for an inquiry against the schedule of the promised orders — the earliest delivery that makes no
 * promised order later, the date at the tier's priority and the promised jobs that would then slip.
 * Exit code 1 when the wanted date cannot be met (or no date can be promised).
 */
@Command(name = "promise", mixinStandardHelpOptions = true,
    description = {"Answers an inquiry with a delivery date (交期答复) against the schedule of the promised orders.",
        "Exit code 0: the wanted date can be met; 1: it cannot (or no date can be promised); 2: bad input.",
        "Data files (--data DIR), formats in examples/schemas/: customers.schema.json, suppliers.schema.json,",
        "items.schema.json, prices.schema.json, factory.schema.json, orders.schema.json."})
final class PromiseCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  SampleOptions options;

  @Option(names = "--item", required = true, paramLabel = "SKU", description = "the item asked for")
  String item;

  @Option(names = "--quantity", required = true, paramLabel = "Q", description = "how many, in the item's base unit")
  String quantity;

  @Option(names = "--date", required = true, paramLabel = "DATE", description = "the wanted delivery date, yyyy-MM-dd")
  String date;

  @Option(names = "--tier", required = true, paramLabel = "TIER", converter = TierConverter.class,
      description = "the customer's tier: KEY, A, B or C")
  CustomerTier tier;

  @Option(names = "--reference", paramLabel = "ID", defaultValue = "INQ-CLI", description = "the inquiry's reference (default: ${DEFAULT-VALUE})")
  String reference;

  @Override
  public Integer call() {
    SampleData data = options.load();
    LocalDate today = options.today(data);
    LocalDate wanted = SampleOptions.date("--date", date);
    Sku sku;
    try {
      sku = Sku.of(item);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--item '" + item + "': " + e.getMessage());
    }
    Item it = data.item(sku).orElseThrow(() -> new BadInputException("--item: unknown SKU '" + item + "' (no such item in the data)"));
    Quantity q;
    try {
      q = Quantity.of(new BigDecimal(quantity.trim()), it.baseUnit());
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--quantity: '" + quantity + "' is not a quantity: " + e.getMessage());
    }
    if (!q.isPositive()) {
      throw new BadInputException("--quantity: must be positive, got " + quantity);
    }
    Inquiry inquiry;
    try {
      inquiry = Inquiry.of(reference, sku, q, wanted, tier);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("the inquiry is not valid: " + e.getMessage());
    }
    JobSettings settings = JobSettings.of(FactoryDemo.BUFFER_DAYS);
    Schedule promised = Scheduler.of(PriorityRules.TIER_THEN_EDD).schedule(options.problem(data, today));
    Either<Rejection, Promise> answer = CapablePromise.on(promised, data.routings(), settings).promise(inquiry);
    PrintWriter o = spec.commandLine().getOut();
    if (answer.isLeft()) {
      if (options.json()) {
        SampleOptions.printJson(o, answer.getLeft());
      } else {
        o.println("No date can be promised: " + answer.getLeft().code() + ": " + answer.getLeft().message());
      }
      o.flush();
      return ExitCodes.RESULT_HAS_ERRORS;
    }
    Promise p = answer.get();
    if (options.json()) {
      SampleOptions.printJson(o, p);
    } else {
      o.println("Inquiry " + inquiry.reference() + ": " + q + " of " + sku + ", wanted by " + wanted + ", tier " + tier);
      o.println("earliest delivery " + p.earliestDelivery() + (p.meetsWantedDate() ? " (meets the wanted date)" : " (later than wanted)"));
      o.println("at tier priority " + p.deliveryAtTierPriority() + ", " + p.slipsAtTierPriority().size() + " promised job(s) would slip");
      for (Slip s : p.slipsAtTierPriority()) {
        o.printf("   %-16s %s -> %s%s%n", s.job(), s.before().toString().replace('T', ' '), s.after().toString().replace('T', ' '),
            s.becomesLate() ? " (becomes late)" : "");
      }
      o.println(p.explanation());
    }
    o.flush();
    return p.meetsWantedDate() ? ExitCodes.OK : ExitCodes.RESULT_HAS_ERRORS;
  }

  /** Reads a tier case-insensitively, naming the tiers when the value is none of them. */
  static final class TierConverter implements picocli.CommandLine.ITypeConverter<CustomerTier> {
    @Override
    public CustomerTier convert(String value) {
      for (CustomerTier t : CustomerTier.values()) {
        if (t.name().equalsIgnoreCase(value.trim())) {
          return t;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("unknown tier '" + value + "'; use KEY, A, B or C");
    }
  }
}
