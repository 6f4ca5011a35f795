package org.gendan.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.CommandContext;
import org.gendan.core.order.DocumentKind;
import org.gendan.core.order.FollowUpScope;
import org.gendan.core.order.InspectionVoucher;
import org.gendan.core.order.IntakeChannel;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderCommand;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.OrderKind;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.OriginCertificate;
import org.gendan.core.order.PackingRequirements;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.order.SampleStatus;
import org.gendan.core.order.ShipmentMode;
import org.gendan.core.order.ShippingMarks;
import org.gendan.core.measure.UnitConversions;
import org.gendan.core.party.CountryCode;
import org.gendan.core.party.Customer;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.ConfirmedPrice;
import org.gendan.core.product.Item;
import org.gendan.core.product.PackingSpec;
import org.gendan.core.product.PriceBook;
import org.gendan.core.product.PriceList;
import org.gendan.core.product.Sku;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.IncotermRule;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.terms.PaymentTerms;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for the order domain: valid sales orders and lines (valid by construction,
 * small), and command sequences for the order lifecycle. A sequence is a list of {@link Step}s; each
 * step becomes a concrete {@link OrderCommand} only when it is applied, from the order's state at that
 * moment ({@link #toCommand}), so that sequences reach deep into the lifecycle while still trying
 * commands that must be rejected.
 */
public final class OrderGen {
  private OrderGen() {}

  /** The currencies orders are generated in (JPY has no minor unit). */
  public static final List<Currency> CURRENCIES =
      List.of(Money.currency("USD"), Money.currency("EUR"), Money.currency("CNY"), Money.currency("JPY"));
  /** The customers orders are generated for. */
  public static final List<CustomerId> CUSTOMERS =
      List.of(CustomerId.of("C-HANSA"), CustomerId.of("C-NORD"), CustomerId.of("C-OSAKA"));
  /** The items orders are generated for. */
  public static final List<Sku> SKUS =
      List.of(Sku.of("TS-1001"), Sku.of("PL-2002"), Sku.of("HD-3003"), Sku.of("SK-4004"));

  private static final List<Unit> LINE_UNITS = List.of(Unit.PCS, Unit.PCS, Unit.DOZ, Unit.SET, Unit.CTN, Unit.KG, Unit.M);

  // ---------------------------------------------------------------------------------------------
  // Small building blocks

  static int between(RandomnessSource in, int lo, int hi) {
    return integers().between(lo, hi).generate(in);
  }

  static boolean coin(RandomnessSource in) {
    return booleans().all().generate(in);
  }

  static <T> T pick(RandomnessSource in, List<T> from) {
    return from.get(between(in, 0, from.size() - 1));
  }

  static <T> Optional<T> maybe(RandomnessSource in, T value) {
    return between(in, 0, 3) == 0 ? Optional.empty() : Optional.of(value);
  }

  /** Any currency of {@link #CURRENCIES}. */
  public static Gen<Currency> currencies() {
    return in -> pick(in, CURRENCIES);
  }

  /** Payment terms of the common kinds. */
  public static Gen<PaymentTerms> paymentTerms() {
    return in -> {
      switch (between(in, 0, 5)) {
        case 0: return PaymentTerms.depositAndBalance(between(in, 1, 99), PaymentDue.BEFORE_SHIPMENT);
        case 1: return PaymentTerms.depositAndBalance(between(in, 1, 99), PaymentDue.AGAINST_DOCUMENTS);
        case 2: return PaymentTerms.advance();
        case 3: return PaymentTerms.lcAtSight();
        case 4: return PaymentTerms.openAccount(between(in, 1, 120));
        default: return PaymentTerms.depositAndBalance(30, PaymentDue.BEFORE_SHIPMENT);
      }
    };
  }

  /** A line with the given number, in the given currency, optionally with its own delivery date. */
  public static Gen<OrderLine> orderLines(int lineNo, Currency currency, LocalDate orderDate) {
    return in -> {
      Unit unit = pick(in, LINE_UNITS);
      Quantity qty = unit.isCounted()
          ? Quantity.of(between(in, 1, 20_000), unit)
          : Quantity.of(BigDecimal.valueOf(between(in, 1, 50_000), 1), unit);
      int decimals = pick(in, List.of(0, 2, 2, 2, 4));
      UnitPrice price = new UnitPrice(BigDecimal.valueOf(between(in, 1, 2_000_000), decimals), currency);
      OrderLine.Builder b = OrderLine.builder().lineNo(lineNo).sku(pick(in, SKUS)).quantity(qty).unitPrice(price);
      if (coin(in)) {
        b.putAttributes("colour", pick(in, List.of("navy", "white", "藏青", "black")));
      }
      if (between(in, 0, 3) == 0) {
        b.putAttributes("size", pick(in, List.of("S", "M", "L", "XL")));
      }
      if (between(in, 0, 4) == 0) {
        b.deliveryDate(orderDate.plusDays(between(in, -5, 120)));
      }
      if (between(in, 0, 4) == 0) {
        b.customerItemRef("CUST-" + between(in, 1, 999));
      }
      OrderLine line = b.build();
      if (between(in, 0, 4) == 0) {
        // stated amount: right, or off by one minor unit
        Money off = Money.ofMinor(currency, between(in, -1, 1));
        Money stated = line.amount().plus(off);
        line = line.withStatedAmount(stated);
      }
      return line;
    };
  }

  /** Any valid sales order: 0..6 lines, any combination of optional fields. */
  public static Gen<SalesOrder> salesOrders() {
    return salesOrders(0);
  }

  /**
   * Orders that can be followed through the lifecycle: 1..6 lines with a positive total, payment terms
   * in most of them.
   */
  public static Gen<SalesOrder> followableOrders() {
    return salesOrders(1).assuming(o -> o.total().isPositive());
  }

  private static Gen<SalesOrder> salesOrders(int minLines) {
    return in -> {
      Currency currency = pick(in, CURRENCIES);
      LocalDate orderDate = SampleData.TODAY.plusDays(between(in, -30, 30));
      IntakeChannel channel = pick(in, List.of(IntakeChannel.values()));
      int lineCount = between(in, minLines, 6);
      List<OrderLine> lines = new ArrayList<>();
      int lineNo = 0;
      for (int i = 0; i < lineCount; i++) {
        lineNo += between(in, 1, 20);
        lines.add(orderLines(lineNo, currency, orderDate).generate(in));
      }
      // give the lines to the builder in a scrambled order: it sorts them
      if (lines.size() > 1 && coin(in)) {
        java.util.Collections.rotate(lines, between(in, 1, lines.size() - 1));
      }
      SalesOrder.Builder b = SalesOrder.builder()
          .id(OrderId.of("SO-2026-" + between(in, 1, 9999)))
          .customerId(pick(in, CUSTOMERS))
          .intakeChannel(channel)
          .orderDate(orderDate)
          .currency(currency)
          .addAllLines(lines)
          .scope(pick(in, List.of(FollowUpScope.values())))
          .sampleRequired(coin(in))
          .statutoryInspection(between(in, 0, 2) == 0)
          .originCertificate(pick(in, List.of(OriginCertificate.values())))
          .kind(between(in, 0, 5) == 0 ? OrderKind.PROCESSING : OrderKind.OWN_PRODUCTION)
          .revision(between(in, 0, 3) == 0 ? between(in, 1, 3) : 0);
      if (channel.isVerbal() ? between(in, 0, 3) == 0 : between(in, 0, 9) == 0) {
        b.writtenConfirmation(!channel.isVerbal()); // explicitly the opposite of the channel's default
      }
      maybe(in, "PO-" + between(in, 1, 99999)).ifPresent(b::customerPoNumber);
      maybe(in, orderDate.plusDays(between(in, -3, 120))).ifPresent(b::deliveryDate);
      maybe(in, Incoterm.of(pick(in, List.of(IncotermRule.values())), pick(in, List.of("NINGBO", "SHANGHAI", "HAMBURG"))))
          .ifPresent(b::incoterm);
      if (between(in, 0, 7) != 0) {
        b.paymentTerms(paymentTerms().generate(in));
      }
      maybe(in, PackingRequirements.of("polybag per piece, " + between(in, 1, 48) + " pcs per carton")).ifPresent(b::packing);
      if (between(in, 0, 3) != 0) {
        b.shippingMarks(coin(in) ? ShippingMarks.NONE : ShippingMarks.of("HANSA", "C/NO. 1-UP"));
      }
      maybe(in, pick(in, List.of(ShipmentMode.values()))).ifPresent(b::shipmentMode);
      maybe(in, pick(in, List.of("NINGBO", "SHANGHAI"))).ifPresent(b::portOfLoading);
      maybe(in, pick(in, List.of("HAMBURG", "ROTTERDAM", "OSAKA"))).ifPresent(b::destination);
      if (between(in, 0, 2) == 0) {
        b.remarks(pick(in, List.of("rush order", "加急", "see e-mail of 3 March")));
      }
      SalesOrder so = b.build();
      if (between(in, 0, 3) == 0) {
        Money off = Money.ofMinor(currency, between(in, -1, 1));
        so = so.withStatedTotal(so.total().plus(off));
      }
      return so;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Master data for order review

  /**
   * The master data order review checks against: customers, items and prices.
   *
   * @param customers       some of {@link #CUSTOMERS}
   * @param items           some of {@link #SKUS}
   * @param priceLists      price lists with distinct ids
   * @param confirmedPrices confirmed prices with distinct references
   */
  public record MasterData(List<Customer> customers, List<Item> items, List<PriceList> priceLists,
      List<ConfirmedPrice> confirmedPrices) {
    /** The price book of the lists and confirmed prices. */
    public PriceBook priceBook() {
      return new PriceBook(priceLists, confirmedPrices);
    }
  }

  /** Master data around {@link SampleData#TODAY}: most customers and items known, a few price lists in mixed currencies. */
  public static Gen<MasterData> masterData() {
    return in -> {
      List<Customer> customers = new ArrayList<>();
      for (CustomerId id : CUSTOMERS) {
        if (between(in, 0, 3) != 0) {
          Customer.Builder c = Customer.builder().id(id).nameEn("Customer " + id.value())
              .country(CountryCode.of(pick(in, List.of("DE", "NL", "JP")))).tier(pick(in, List.of(CustomerTier.values())));
          if (coin(in)) {
            c.defaultPaymentTerms(paymentTerms().generate(in));
          }
          if (coin(in)) {
            c.defaultIncoterm(Incoterm.of(IncotermRule.FOB, "NINGBO"));
          }
          customers.add(c.build());
        }
      }
      List<Item> items = new ArrayList<>();
      for (Sku sku : SKUS) {
        if (between(in, 0, 3) != 0) {
          Item.Builder b = Item.builder().sku(sku).nameEn("Item " + sku.value())
              .baseUnit(Unit.PCS).standardLeadTimeDays(between(in, 0, 60)).statutoryInspection(between(in, 0, 3) == 0);
          if (between(in, 0, 3) != 0) {
            b.packing(PackingSpec.of(pick(in, List.of(6, 12, 24, 36, 48)), "60", "40", "45", "12.0", "13.5"));
          }
          if (coin(in)) {
            b.extraConversions(UnitConversions.NONE.with(Unit.SET, BigDecimal.valueOf(3), Unit.PCS));
          }
          items.add(b.build());
        }
      }
      List<PriceList> lists = new ArrayList<>();
      int listCount = between(in, 0, 4);
      for (int i = 0; i < listCount; i++) {
        Currency cur = pick(in, CURRENCIES);
        java.util.Map<Sku, UnitPrice> prices = new java.util.TreeMap<>();
        for (Sku sku : SKUS) {
          if (coin(in)) {
            prices.put(sku, new UnitPrice(BigDecimal.valueOf(between(in, 1, 2_000_000), pick(in, List.of(2, 4))), cur));
          }
        }
        LocalDate from = SampleData.TODAY.plusDays(between(in, -60, 20));
        Optional<LocalDate> to = coin(in) ? Optional.empty() : Optional.of(from.plusDays(between(in, 0, 90)));
        Optional<CustomerId> forWhom = coin(in) ? Optional.empty() : Optional.of(pick(in, CUSTOMERS));
        lists.add(new PriceList("PL-" + i, forWhom, from, to, prices));
      }
      List<ConfirmedPrice> confirmed = new ArrayList<>();
      int confirmedCount = between(in, 0, 4);
      for (int i = 0; i < confirmedCount; i++) {
        confirmed.add(new ConfirmedPrice(pick(in, CUSTOMERS), pick(in, SKUS),
            new UnitPrice(BigDecimal.valueOf(between(in, 1, 2_000_000), 2), pick(in, CURRENCIES)),
            SampleData.TODAY.plusDays(between(in, -400, 10)), "SO-R-" + i));
      }
      return new MasterData(List.copyOf(customers), List.copyOf(items), List.copyOf(lists), List.copyOf(confirmed));
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Command sequences

  /** What a step does; {@link #NEXT} takes the order one step along its main path. */
  public enum Kind {
    NEXT, CONFIRM, REVIEW, DEPOSIT, SUBMIT_SAMPLE, APPROVE_SAMPLE, REJECT_SAMPLE, ISSUE_DOCUMENT, RELEASE, PROGRESS,
    BOOK_QC, PASS_QC, FAIL_QC, VOUCHER, BOOK_SHIPMENT, CLEAR_CUSTOMS, SHIP, SEND_DOCUMENTS, BALANCE, CLOSE, AMEND,
    HOLD, RESUME, CANCEL, DELAY
  }

  /**
   * One step of a generated sequence.
   *
   * @param kind         what to do
   * @param param        a free number that varies the command (amounts, dates, right or wrong revision …)
   * @param minutesLater how long after the previous step it is recorded; negative steps go back in time
   */
  public record Step(Kind kind, int param, int minutesLater) {}

  /** A sales order and the steps to apply to it. */
  public record Scenario(SalesOrder order, List<Step> steps) {}

  /** Steps: about half move the order along its main path, the rest are any command; a few go back in time. */
  public static Gen<Step> steps() {
    return in -> {
      Kind kind = coin(in) ? Kind.NEXT : pick(in, List.of(Kind.values()));
      int minutes = between(in, 0, 19) == 0 ? -between(in, 1, 600) : between(in, 0, 3 * 24 * 60);
      return new Step(kind, between(in, 0, 1000), minutes);
    };
  }

  /** A followable order with 0..{@code maxSteps} steps. */
  public static Gen<Scenario> scenarios(int maxSteps) {
    return in -> {
      SalesOrder so = followableOrders().generate(in);
      int n = between(in, 0, maxSteps);
      List<Step> steps = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        steps.add(steps().generate(in));
      }
      return new Scenario(so, steps);
    };
  }

  /** The time a scenario's order is received: 09:00 on its order date. */
  public static LocalDateTime start(Scenario s) {
    return s.order().orderDate().atTime(9, 0);
  }

  /** A context recording at {@code at} (Shanghai time). */
  public static CommandContext at(LocalDateTime at) {
    return CommandContext.of(Clock.fixed(at.atZone(SampleData.SHANGHAI).toInstant(), SampleData.SHANGHAI), "gen.bot");
  }

  /** Live orders: a scenario applied, rejected steps skipped. */
  public static Gen<Order> orders() {
    return scenarios(40).map(OrderGen::run);
  }

  /** Applies a scenario's steps, skipping rejected ones, and returns the live order. */
  public static Order run(Scenario s) {
    LocalDateTime t = start(s);
    Order o = Order.receive(s.order(), at(t));
    for (Step step : s.steps()) {
      t = t.plusMinutes(step.minutesLater());
      o = o.handle(toCommand(step, o, t), at(t)).getOrElse(o);
    }
    return o;
  }

  private static Money minimum(Currency c) {
    return Money.ofMinor(c, 1);
  }

  private static Money dueBy(Order o, PaymentDue point) {
    return o.salesOrder().paymentTerms()
        .map(t -> t.amountDueBy(point, o.invoiceAmount()).minus(o.received()))
        .orElse(Money.zero(o.salesOrder().currency()));
  }

  private static Money positive(Money m) {
    return m.isPositive() ? m : minimum(m.currency());
  }

  /** The concrete command for {@code step} on order {@code o} at time {@code now}. */
  public static OrderCommand toCommand(Step step, Order o, LocalDateTime now) {
    SalesOrder so = o.salesOrder();
    Currency cur = so.currency();
    int p = step.param();
    LocalDate today = now.toLocalDate();
    switch (step.kind()) {
      case NEXT: return next(o, now, p);
      case CONFIRM: return new OrderCommand.ConfirmInWriting("WC-" + p);
      case REVIEW:
        return new OrderCommand.RecordReview(p % 4 == 0 ? Math.max(0, so.revision() - 1) : so.revision(),
            p % 5 == 0 ? List.of("ERROR lines [UNKNOWN_ITEM] unknown item") : List.of(),
            p % 3 == 0 ? List.of("WARNING shippingMarks [REQUIRED_FIELD] no marks") : List.of());
      case DEPOSIT:
        if (p % 11 == 0) {
          return new OrderCommand.ReceiveDeposit(Money.zero(cur));
        }
        if (p % 13 == 0) {
          return new OrderCommand.ReceiveDeposit(Money.of(BigDecimal.TEN, pick(p, CURRENCIES)));
        }
        return new OrderCommand.ReceiveDeposit(positive(dueBy(o, PaymentDue.BEFORE_PRODUCTION)));
      case SUBMIT_SAMPLE: return new OrderCommand.SubmitSample("SMP-" + p);
      case APPROVE_SAMPLE: return new OrderCommand.ApproveSample();
      case REJECT_SAMPLE: return new OrderCommand.RejectSample("colour off shade " + p);
      case ISSUE_DOCUMENT:
        return new OrderCommand.IssueDocument(DocumentKind.values()[p % DocumentKind.values().length], "DOC-" + p);
      case RELEASE: return new OrderCommand.ReleaseToProduction();
      case PROGRESS:
        return new OrderCommand.ReportProgress(p % 10 == 0 ? 100 : p % 17 == 0 ? -1 : p % 19 == 0 ? 101 : p % 101);
      case BOOK_QC: return new OrderCommand.BookQcInspection(today.plusDays(p % 5));
      case PASS_QC: return new OrderCommand.PassQc();
      case FAIL_QC: return new OrderCommand.FailQc("AQL failed, " + p + " defects");
      case VOUCHER: return new OrderCommand.ReceiveInspectionVoucher(voucher(so, today, p));
      case BOOK_SHIPMENT: return new OrderCommand.BookShipment("BKG-" + p, today.plusDays(p % 14));
      case CLEAR_CUSTOMS:
        return new OrderCommand.ClearCustoms("DECL-" + p, p % 4 == 0 ? so.total().plus(minimum(cur)) : positive(so.total()));
      case SHIP:
        Money shipped = p % 5 == 1 ? so.total().multipliedBy(new BigDecimal("0.9"), java.math.RoundingMode.HALF_UP)
            : p % 5 == 2 ? so.total().plus(minimum(cur)) : so.total();
        return new OrderCommand.Ship(p % 6 == 0 ? today.plusDays(1) : today, "BL-" + p, positive(shipped));
      case SEND_DOCUMENTS: return new OrderCommand.SendDocuments("DHL-" + p);
      case BALANCE: return new OrderCommand.ReceiveBalance(positive(o.outstanding()));
      case CLOSE: return new OrderCommand.Close();
      case AMEND: return new OrderCommand.Amend(amended(so, p), "amendment " + p);
      case HOLD: return new OrderCommand.PutOnHold("hold " + p);
      case RESUME: return new OrderCommand.Resume();
      case CANCEL: return new OrderCommand.Cancel("cancel " + p);
      case DELAY:
        LocalDate base = o.expectedDeliveryDate().orElse(so.orderDate().plusDays(30));
        return new OrderCommand.ReportDelay(base.plusDays(p % 3 == 0 ? 0 : 1 + p % 30), "delay " + p);
      default: throw new IllegalStateException("unknown step " + step.kind());
    }
  }

  private static <T> T pick(int p, List<T> from) {
    return from.get(p % from.size());
  }

  private static InspectionVoucher voucher(SalesOrder so, LocalDate today, int p) {
    Money amount = positive(so.total());
    return new InspectionVoucher("V-" + p, amount, today, today.plusDays(p % 7 == 0 ? 0 : 90));
  }

  private static SalesOrder amended(SalesOrder so, int p) {
    switch (p % 6) {
      case 0: return so.withCustomerId(CustomerId.of("C-SOMEONE-ELSE"));
      case 1: return so.withWrittenConfirmation(false).withRemarks("changed by phone " + p);
      case 2: return so.withDeliveryDate(so.orderDate().plusDays(30 + p % 60));
      case 3: return so.withRemarks("amendment " + p);
      case 4: return so.withPaymentTerms(Optional.empty());
      default: return so.withPacking(PackingRequirements.of("new packing " + p));
    }
  }

  /**
   * The command that takes {@code o} one step along its main path (may still be rejected, e.g. without
   * payment terms); {@code p} sometimes turns the review into one with errors or of an old revision.
   */
  public static OrderCommand next(Order o, LocalDateTime now, int p) {
    SalesOrder so = o.salesOrder();
    LocalDate today = now.toLocalDate();
    switch (o.status()) {
      case RECEIVED: return new OrderCommand.ConfirmInWriting("WC-next");
      case CONFIRMED:
        if (p % 4 == 0) {
          return new OrderCommand.RecordReview(so.revision(), List.of("ERROR deliveryDate [DELIVERY_TOO_SOON] too soon"), List.of());
        }
        if (p % 4 == 1 && so.revision() > 0) {
          return new OrderCommand.RecordReview(so.revision() - 1, List.of(), List.of());
        }
        return new OrderCommand.RecordReview(so.revision(), List.of(), List.of());
      case REVIEWED:
        Money deposit = dueBy(o, PaymentDue.BEFORE_PRODUCTION);
        if (deposit.isPositive()) {
          return new OrderCommand.ReceiveDeposit(deposit);
        }
        if (so.sampleRequired() && o.sampleStatus() != SampleStatus.APPROVED) {
          return o.sampleStatus() == SampleStatus.SUBMITTED ? new OrderCommand.ApproveSample() : new OrderCommand.SubmitSample("SMP-next");
        }
        return new OrderCommand.ReleaseToProduction();
      case IN_PRODUCTION: return new OrderCommand.ReportProgress(Math.min(100, o.progressPercent() + 50));
      case PRODUCED:
        return o.qcInspectionDate().isEmpty() ? new OrderCommand.BookQcInspection(today.plusDays(1)) : new OrderCommand.PassQc();
      case INSPECTED:
        if (so.statutoryInspection() && o.voucher().map(v -> !v.isValidOn(today.plusDays(3))).orElse(true)) {
          return new OrderCommand.ReceiveInspectionVoucher(new InspectionVoucher("V-next", positive(so.total()), today, today.plusDays(90)));
        }
        if (o.bookingReference().isEmpty()) {
          return new OrderCommand.BookShipment("BKG-next", today.plusDays(5));
        }
        if (so.scope().includesCustoms()) {
          return new OrderCommand.ClearCustoms("DECL-next", positive(so.total()));
        }
        return payOrShip(o, today);
      case CLEARED: return payOrShip(o, today);
      case SHIPPED:
        if (!so.scope().includesPayment()) {
          return new OrderCommand.Close();
        }
        Money againstDocs = dueBy(o, PaymentDue.AGAINST_DOCUMENTS);
        return againstDocs.isPositive() ? new OrderCommand.ReceiveBalance(againstDocs) : new OrderCommand.SendDocuments("DHL-next");
      case DOCUMENTS_SENT:
        return o.outstanding().isPositive() ? new OrderCommand.ReceiveBalance(o.outstanding()) : new OrderCommand.Close();
      case ON_HOLD: return new OrderCommand.Resume();
      default: return new OrderCommand.Close();
    }
  }

  private static OrderCommand payOrShip(Order o, LocalDate today) {
    Money balance = dueBy(o, PaymentDue.BEFORE_SHIPMENT);
    if (balance.isPositive()) {
      return new OrderCommand.ReceiveBalance(balance);
    }
    return new OrderCommand.Ship(today, "BL-next", positive(o.salesOrder().total()));
  }
}
