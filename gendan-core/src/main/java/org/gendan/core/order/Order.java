package org.gendan.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gendan.core.Rejection;
import org.gendan.core.money.Money;
import org.gendan.core.order.OrderEvent.Amended;
import org.gendan.core.order.OrderEvent.BalanceReceived;
import org.gendan.core.order.OrderEvent.Booked;
import org.gendan.core.order.OrderEvent.Cancelled;
import org.gendan.core.order.OrderEvent.Closed;
import org.gendan.core.order.OrderEvent.ConfirmedInWriting;
import org.gendan.core.order.OrderEvent.CustomsCleared;
import org.gendan.core.order.OrderEvent.DelayReported;
import org.gendan.core.order.OrderEvent.DepositReceived;
import org.gendan.core.order.OrderEvent.DocumentIssued;
import org.gendan.core.order.OrderEvent.DocumentsSent;
import org.gendan.core.order.OrderEvent.InspectionVoucherReceived;
import org.gendan.core.order.OrderEvent.OrderReceived;
import org.gendan.core.order.OrderEvent.ProductionProgressReported;
import org.gendan.core.order.OrderEvent.PutOnHold;
import org.gendan.core.order.OrderEvent.QcFailed;
import org.gendan.core.order.OrderEvent.QcInspectionBooked;
import org.gendan.core.order.OrderEvent.QcPassed;
import org.gendan.core.order.OrderEvent.ReleasedToProduction;
import org.gendan.core.order.OrderEvent.Resumed;
import org.gendan.core.order.OrderEvent.Reviewed;
import org.gendan.core.order.OrderEvent.SampleApproved;
import org.gendan.core.order.OrderEvent.SampleRejected;
import org.gendan.core.order.OrderEvent.SampleSubmitted;
import org.gendan.core.order.OrderEvent.Shipped;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.terms.PaymentTerms;

/**
 * An order being followed (跟单): the current revision of the {@link SalesOrder}, its
 * {@link OrderStatus}, the facts gathered so far, and the event history that produced them.
 *
 * <p>Start with {@link #receive}; record what happens with {@link #handle}. Each command is checked
 * against guards taken from the order itself and either returns the changed order (with one more
 * event) or a {@link Rejection} — the original order is never changed. The guards:
 * <ul>
 *   <li>review only after written confirmation (which marks the sales order as confirmed in writing), only
 *       of the current revision, and only with no error findings;</li>
 *   <li>no release to production before the payments due before production are in (a deposit term),
 *       nor before the sample is approved when one is required;</li>
 *   <li>no QC verdict before production is finished and the inspection is booked; no customs clearance
 *       before QC has passed and space is booked, nor, under statutory inspection (法检), without a
 *       valid exchange voucher (换证凭条) covering the declared amount;</li>
 *   <li>no shipment before QC has passed (and customs cleared, for scopes that include customs) and
 *       before the payments due before shipment are in (T/T balance before shipment); the shipment date
 *       lies between the order date and the day it is recorded, the amounts declared and shipped are
 *       positive;</li>
 *   <li>original documents are released only after the payments due against documents;</li>
 *   <li>closing only when the scope's last milestone is met (前程: shipped into the export warehouse;
 *       中程: cleared and shipped; 全程: documents sent and paid in full); after shipment what is owed is
 *       the invoice value shipped, see {@link #invoiceAmount()};</li>
 *   <li>amendment, cancellation and delay reports only before shipment (also while on hold after
 *       shipment); an amendment names the issued documents to re-issue, a cancellation those to recall
 *       (生产单, 流程卡 …); before release an amendment needs a fresh review, and a fresh written
 *       confirmation if it came without one; the currency cannot change once payments or an inspection
 *       voucher are recorded, and the payment terms cannot be dropped once production is released;</li>
 *   <li>a delay report moves the expected delivery date later, never before the day it is reported;</li>
 *   <li>events must come in time order.</li>
 * </ul>
 *
 * <p>{@link #replay} rebuilds an order from its history, checking every event the same way; an order
 * equals its replay. In JSON an order is its history.
 *
 * <p>Immutable and thread-safe.
 */
public final class Order {

  private static final Set<OrderStatus> BEFORE_RELEASE =
      EnumSet.of(OrderStatus.RECEIVED, OrderStatus.CONFIRMED, OrderStatus.REVIEWED);
  private static final List<DocumentKind> RELEASE_DOCUMENTS =
      List.of(DocumentKind.PRODUCTION_ORDER, DocumentKind.FLOW_CARD);
  private static final Set<OrderStatus> PRODUCTION_TO_INSPECTED =
      EnumSet.of(OrderStatus.IN_PRODUCTION, OrderStatus.PRODUCED, OrderStatus.INSPECTED);

  private final SalesOrder salesOrder;
  private final OrderStatus status;
  private final Optional<OrderStatus> statusBeforeHold;
  private final Optional<Integer> reviewedRevision;
  private final Money received;
  private final SampleStatus sampleStatus;
  private final Optional<String> sampleReference;
  private final int progressPercent;
  private final Optional<LocalDate> qcInspectionDate;
  private final int qcFailures;
  private final Optional<InspectionVoucher> voucher;
  private final Optional<String> bookingReference;
  private final Optional<LocalDate> etd;
  private final Optional<String> customsDeclaration;
  private final Optional<LocalDate> shippedOn;
  private final Optional<Money> shippedAmount;
  private final Optional<LocalDate> revisedDeliveryDate;
  private final List<DocumentKind> issuedDocuments;
  private final List<OrderEvent> history;

  private Order(Draft d) {
    this.salesOrder = d.salesOrder;
    this.status = d.status;
    this.statusBeforeHold = d.statusBeforeHold;
    this.reviewedRevision = d.reviewedRevision;
    this.received = d.received;
    this.sampleStatus = d.sampleStatus;
    this.sampleReference = d.sampleReference;
    this.progressPercent = d.progressPercent;
    this.qcInspectionDate = d.qcInspectionDate;
    this.qcFailures = d.qcFailures;
    this.voucher = d.voucher;
    this.bookingReference = d.bookingReference;
    this.etd = d.etd;
    this.customsDeclaration = d.customsDeclaration;
    this.shippedOn = d.shippedOn;
    this.shippedAmount = d.shippedAmount;
    this.revisedDeliveryDate = d.revisedDeliveryDate;
    List<DocumentKind> docs = new ArrayList<>(d.issuedDocuments);
    Collections.sort(docs);
    this.issuedDocuments = List.copyOf(docs);
    this.history = List.copyOf(d.history);
  }

  // ---------------------------------------------------------------------------------------------
  // Creation and replay

  /**
   * Starts following an order: the history begins with {@link OrderReceived}. An order that comes with
   * a written confirmation (e-mail, EDI, a signed PO) starts {@link OrderStatus#CONFIRMED}, a verbal one
   * {@link OrderStatus#RECEIVED}.
   */
  public static Order receive(SalesOrder order, CommandContext context) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(context, "context");
    return start(new OrderReceived(context.meta(Optional.empty()), order));
  }

  private static Order start(OrderReceived event) {
    Draft d = new Draft();
    d.salesOrder = event.order();
    d.status = event.order().writtenConfirmation() ? OrderStatus.CONFIRMED : OrderStatus.RECEIVED;
    d.received = Money.zero(event.order().currency());
    d.history.add(event);
    return new Order(d);
  }

  /**
   * Rebuilds an order from its event history, checking each event against the guards as when it was
   * first recorded.
   *
   * @return the order, or a rejection naming the first event (1-based) that does not fit
   */
  public static Either<Rejection, Order> replay(List<OrderEvent> history) {
    Objects.requireNonNull(history, "history");
    if (history.isEmpty()) {
      return Either.left(Rejection.of("EMPTY_HISTORY", "an order history must start with OrderReceived; this one is empty"));
    }
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i) == null) {
        throw new NullPointerException("history contains null at index " + i);
      }
    }
    if (!(history.get(0) instanceof OrderReceived first)) {
      return Either.left(Rejection.of("HISTORY_WITHOUT_RECEIPT",
          "an order history must start with OrderReceived, not " + history.get(0).getClass().getSimpleName()));
    }
    Order order = start(first);
    for (int i = 1; i < history.size(); i++) {
      OrderEvent e = history.get(i);
      Either<Rejection, Order> next = order.apply(e);
      if (next.isLeft()) {
        Rejection r = next.getLeft();
        return Either.left(Rejection.of(r.code(), "event " + (i + 1) + " (" + e.getClass().getSimpleName() + "): " + r.message()));
      }
      order = next.get();
    }
    return Either.right(order);
  }

  /** JSON creator: an order is read back by replaying its history. */
  @JsonCreator
  static Order fromJson(@JsonProperty("history") List<OrderEvent> history) {
    if (history == null) {
      throw new IllegalArgumentException("order JSON needs a 'history' array of events");
    }
    Either<Rejection, Order> replayed = replay(history);
    if (replayed.isLeft()) {
      throw new IllegalArgumentException("inconsistent order history: " + replayed.getLeft());
    }
    return replayed.get();
  }

  // ---------------------------------------------------------------------------------------------
  // Commands

  /**
   * Records a command: checks the guards and returns the order with the matching event appended, or a
   * rejection with a stable code and a message for the 跟单员. This order is not changed.
   */
  public Either<Rejection, Order> handle(OrderCommand command, CommandContext context) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(context, "context");
    OrderEvent event = toEvent(command, context);
    if (command instanceof OrderCommand.RecordReview review && !review.errors().isEmpty()) {
      Optional<Rejection> other = check(event);
      return Either.left(other.orElse(Rejection.of("REVIEW_HAS_ERRORS", "order " + id()
          + " cannot pass review (审单) with errors: " + String.join("; ", review.errors()))));
    }
    return apply(event);
  }

  private OrderEvent toEvent(OrderCommand c, CommandContext ctx) {
    EventMeta plain = ctx.meta(Optional.empty());
    if (c instanceof OrderCommand.ConfirmInWriting x) {
      return new ConfirmedInWriting(plain, x.reference());
    } else if (c instanceof OrderCommand.RecordReview x) {
      return new Reviewed(plain, x.revision(), x.warnings());
    } else if (c instanceof OrderCommand.ReceiveDeposit x) {
      return new DepositReceived(plain, x.amount());
    } else if (c instanceof OrderCommand.SubmitSample x) {
      return new SampleSubmitted(plain, x.reference());
    } else if (c instanceof OrderCommand.ApproveSample) {
      return new SampleApproved(plain, sampleReference.orElse("-"));
    } else if (c instanceof OrderCommand.RejectSample x) {
      return new SampleRejected(ctx.meta(Optional.of(x.reason())), sampleReference.orElse("-"));
    } else if (c instanceof OrderCommand.IssueDocument x) {
      return new DocumentIssued(plain, x.kind(), x.number());
    } else if (c instanceof OrderCommand.ReleaseToProduction) {
      return new ReleasedToProduction(plain, RELEASE_DOCUMENTS);
    } else if (c instanceof OrderCommand.ReportProgress x) {
      return new ProductionProgressReported(plain, x.percentComplete());
    } else if (c instanceof OrderCommand.BookQcInspection x) {
      return new QcInspectionBooked(plain, x.inspectionDate());
    } else if (c instanceof OrderCommand.PassQc) {
      return new QcPassed(plain);
    } else if (c instanceof OrderCommand.FailQc x) {
      return new QcFailed(ctx.meta(Optional.of(x.reason())));
    } else if (c instanceof OrderCommand.ReceiveInspectionVoucher x) {
      return new InspectionVoucherReceived(plain, x.voucher());
    } else if (c instanceof OrderCommand.BookShipment x) {
      return new Booked(plain, x.bookingReference(), x.etd());
    } else if (c instanceof OrderCommand.ClearCustoms x) {
      return new CustomsCleared(plain, x.declarationNumber(), x.declaredAmount());
    } else if (c instanceof OrderCommand.Ship x) {
      return new Shipped(plain, x.shippedOn(), x.transportDocument(), x.shippedAmount());
    } else if (c instanceof OrderCommand.SendDocuments x) {
      return new DocumentsSent(plain, x.reference());
    } else if (c instanceof OrderCommand.ReceiveBalance x) {
      return new BalanceReceived(plain, x.amount());
    } else if (c instanceof OrderCommand.Close) {
      return new Closed(plain);
    } else if (c instanceof OrderCommand.Amend x) {
      SalesOrder next = x.order().withRevision(salesOrder.revision() + 1);
      return new Amended(ctx.meta(Optional.of(x.reason())), next, issuedDocuments);
    } else if (c instanceof OrderCommand.PutOnHold x) {
      return new PutOnHold(ctx.meta(Optional.of(x.reason())));
    } else if (c instanceof OrderCommand.Resume) {
      return new Resumed(plain);
    } else if (c instanceof OrderCommand.Cancel x) {
      return new Cancelled(ctx.meta(Optional.of(x.reason())), recallList());
    } else if (c instanceof OrderCommand.ReportDelay x) {
      return new DelayReported(ctx.meta(Optional.of(x.reason())), x.newDeliveryDate());
    }
    throw new IllegalArgumentException("unknown command " + c.getClass().getName());
  }

  private List<DocumentKind> recallList() {
    return issuedDocuments.stream().filter(DocumentKind::isRecalledOnCancellation).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // Guards and evolution

  private Either<Rejection, Order> apply(OrderEvent e) {
    Optional<Rejection> refused = check(e);
    if (refused.isPresent()) {
      return Either.left(refused.get());
    }
    return Either.right(evolve(e));
  }

  private Optional<Rejection> check(OrderEvent e) {
    String id = salesOrder.id().value();
    LocalDateTime last = history.get(history.size() - 1).meta().at();
    if (e.meta().at().isBefore(last)) {
      return reject("EVENT_OUT_OF_ORDER", "order " + id + ": an event at " + e.meta().at()
          + " cannot follow the last event at " + last + "; events must be recorded in time order");
    }
    if (e instanceof OrderReceived) {
      return reject("ALREADY_RECEIVED", "order " + id + " was already received; an order history has one OrderReceived");
    }
    if (status.isTerminal()) {
      return reject(status == OrderStatus.CLOSED ? "ORDER_CLOSED" : "ORDER_CANCELLED",
          "order " + id + " is " + status.name().toLowerCase() + " (" + status.chineseName() + "); nothing more can be recorded: " + e.describe());
    }
    if (status == OrderStatus.ON_HOLD && !allowedOnHold(e)) {
      return reject("ORDER_ON_HOLD", "order " + id + " is on hold (暂停); resume it before: " + e.describe());
    }
    if (e instanceof ConfirmedInWriting) {
      // a verbal order, or an amendment that came without written confirmation, awaits one
      return salesOrder.writtenConfirmation() ? illegal(e) : Optional.empty();
    } else if (e instanceof Reviewed x) {
      if (status == OrderStatus.RECEIVED) {
        return reject("NOT_CONFIRMED_IN_WRITING", "order " + id + " was received " + describeChannel()
            + " and is not confirmed in writing yet (口头订单需转书面订单); get the customer's written confirmation before review");
      }
      Optional<Rejection> s = requireStatus(e, OrderStatus.CONFIRMED);
      if (s.isPresent()) {
        return s;
      }
      if (x.revision() != salesOrder.revision()) {
        return reject("REVIEW_OUTDATED", "order " + id + ": the review is of revision " + x.revision()
            + " but the order is at revision " + salesOrder.revision() + "; review the current revision");
      }
      return Optional.empty();
    } else if (e instanceof DepositReceived x) {
      return checkPayment(x.amount());
    } else if (e instanceof BalanceReceived x) {
      return checkPayment(x.amount());
    } else if (e instanceof SampleSubmitted) {
      if (!salesOrder.sampleRequired()) {
        return reject("SAMPLE_NOT_REQUIRED", "order " + id + " does not require a sample approval; nothing to submit");
      }
      Optional<Rejection> s = requireStatus(e, BEFORE_RELEASE);
      if (s.isPresent()) {
        return s;
      }
      if (sampleStatus == SampleStatus.SUBMITTED) {
        return reject("SAMPLE_AWAITING_VERDICT", "order " + id + ": sample " + sampleReference.orElse("") + " is still awaiting the customer's verdict");
      }
      if (sampleStatus == SampleStatus.APPROVED) {
        return reject("SAMPLE_ALREADY_APPROVED", "order " + id + ": the sample is already approved");
      }
      return Optional.empty();
    } else if (e instanceof SampleApproved || e instanceof SampleRejected) {
      if (sampleStatus != SampleStatus.SUBMITTED) {
        return reject("NO_SAMPLE_SUBMITTED", "order " + id + ": no sample is awaiting the customer's verdict");
      }
      return requireStatus(e, BEFORE_RELEASE);
    } else if (e instanceof DocumentIssued) {
      return Optional.empty();
    } else if (e instanceof ReleasedToProduction x) {
      if (!x.documents().equals(RELEASE_DOCUMENTS)) {
        return reject("INCONSISTENT_HISTORY", "order " + id + ": a release issues " + RELEASE_DOCUMENTS
            + ", not " + x.documents());
      }
      return checkRelease(e);
    } else if (e instanceof ProductionProgressReported x) {
      Optional<Rejection> s = requireStatus(e, OrderStatus.IN_PRODUCTION);
      if (s.isPresent()) {
        return s;
      }
      if (x.percentComplete() < 0 || x.percentComplete() > 100) {
        return reject("PROGRESS_OUT_OF_RANGE", "order " + id + ": progress must be 0..100%, not " + x.percentComplete() + "%");
      }
      if (x.percentComplete() < progressPercent) {
        return reject("PROGRESS_GOES_BACKWARDS", "order " + id + ": progress " + x.percentComplete()
            + "% is below the " + progressPercent + "% already reported");
      }
      return Optional.empty();
    } else if (e instanceof QcInspectionBooked) {
      return requireStatus(e, OrderStatus.IN_PRODUCTION, OrderStatus.PRODUCED);
    } else if (e instanceof QcPassed || e instanceof QcFailed) {
      if (status == OrderStatus.IN_PRODUCTION) {
        return reject("PRODUCTION_NOT_FINISHED", "order " + id + ": production is " + progressPercent
            + "% complete; QC inspects finished goods");
      }
      Optional<Rejection> s = requireStatus(e, OrderStatus.PRODUCED);
      if (s.isPresent()) {
        return s;
      }
      if (qcInspectionDate.isEmpty()) {
        return reject("QC_NOT_BOOKED", "order " + id + ": book the customer's QC inspection (约验货) before recording its result");
      }
      return Optional.empty();
    } else if (e instanceof InspectionVoucherReceived x) {
      if (!salesOrder.statutoryInspection()) {
        return reject("NO_STATUTORY_INSPECTION", "order " + id + " is not subject to statutory inspection (法检); no exchange voucher is needed");
      }
      if (!x.voucher().amount().currency().equals(salesOrder.currency())) {
        return reject("VOUCHER_CURRENCY_MISMATCH", "order " + id + ": voucher " + x.voucher().number() + " is in "
            + x.voucher().amount().currency() + " but the order is in " + salesOrder.currency());
      }
      return requireStatus(e, PRODUCTION_TO_INSPECTED);
    } else if (e instanceof Booked) {
      return requireStatus(e, PRODUCTION_TO_INSPECTED);
    } else if (e instanceof CustomsCleared x) {
      return checkCustoms(e, x);
    } else if (e instanceof Shipped x) {
      return checkShipment(e, x);
    } else if (e instanceof DocumentsSent) {
      Optional<Rejection> s = requireStatus(e, OrderStatus.SHIPPED);
      if (s.isPresent()) {
        return s;
      }
      return requirePaid(PaymentDue.AGAINST_DOCUMENTS, invoiceAmount(), "releasing the original documents",
          "T/T balance against documents: release documents only after the balance (余款到账后放单)");
    } else if (e instanceof Closed) {
      return checkClose();
    } else if (e instanceof Amended x) {
      if (progressStatus().isShipped()) {
        return reject("AMENDMENT_AFTER_SHIPMENT", "order " + id + " has shipped; it can no longer be amended");
      }
      if (!x.order().id().equals(salesOrder.id()) || !x.order().customerId().equals(salesOrder.customerId())) {
        return reject("AMENDMENT_CHANGES_IDENTITY", "an amendment of order " + id + " must keep the order id and the customer");
      }
      if (x.order().revision() != salesOrder.revision() + 1) {
        return reject("AMENDMENT_REVISION", "order " + id + ": the amendment must be revision " + (salesOrder.revision() + 1)
            + ", not " + x.order().revision());
      }
      if (!x.order().currency().equals(salesOrder.currency()) && received.isPositive()) {
        return reject("AMENDMENT_CHANGES_CURRENCY", "order " + id + ": payments have been received in " + salesOrder.currency()
            + "; the currency cannot change to " + x.order().currency());
      }
      if (!x.order().currency().equals(salesOrder.currency()) && voucher.isPresent()) {
        return reject("AMENDMENT_CHANGES_CURRENCY", "order " + id + ": inspection voucher " + voucher.get().number()
            + " is in " + salesOrder.currency() + "; the currency cannot change to " + x.order().currency());
      }
      if (progressStatus().isReleased() && x.order().paymentTerms().isEmpty()) {
        return reject("PAYMENT_TERMS_MISSING", "order " + id + " is released to production with payment terms "
            + salesOrder.paymentTerms().map(PaymentTerms::toDocumentText).orElse("-")
            + "; an amendment cannot drop them (the payment guards before shipment and documents depend on them)");
      }
      if (!x.toReissue().equals(issuedDocuments)) {
        return reject("INCONSISTENT_HISTORY", "order " + id + ": the amendment lists " + x.toReissue()
            + " to re-issue but the issued documents are " + issuedDocuments);
      }
      return Optional.empty();
    } else if (e instanceof PutOnHold) {
      return Optional.empty();
    } else if (e instanceof Resumed) {
      if (status != OrderStatus.ON_HOLD) {
        return reject("NOT_ON_HOLD", "order " + id + " is not on hold; nothing to resume");
      }
      return Optional.empty();
    } else if (e instanceof Cancelled x) {
      if (progressStatus().isShipped()) {
        return reject("CANCEL_AFTER_SHIPMENT", "order " + id + " has shipped; it can no longer be cancelled");
      }
      if (!x.toRecall().equals(recallList())) {
        return reject("INCONSISTENT_HISTORY", "order " + id + ": the cancellation lists " + x.toRecall()
            + " to recall but the issued documents to recall are " + recallList());
      }
      return Optional.empty();
    } else if (e instanceof DelayReported x) {
      if (progressStatus().isShipped()) {
        return reject("DELAY_AFTER_SHIPMENT", "order " + id + " has shipped; a delay can no longer be reported");
      }
      LocalDate reportedOn = x.meta().at().toLocalDate();
      if (x.newDeliveryDate().isBefore(reportedOn)) {
        return reject("DELAY_DATE_IN_THE_PAST", "order " + id + ": the new delivery date " + x.newDeliveryDate()
            + " is before the day the delay is reported, " + reportedOn);
      }
      Optional<LocalDate> current = expectedDeliveryDate();
      if (current.isPresent() && !x.newDeliveryDate().isAfter(current.get())) {
        return reject("DELAY_DATE_NOT_LATER", "order " + id + ": the new delivery date " + x.newDeliveryDate()
            + " is not later than the current one, " + current.get());
      }
      return Optional.empty();
    }
    throw new IllegalArgumentException("unknown event " + e.getClass().getName());
  }

  private static boolean allowedOnHold(OrderEvent e) {
    return e instanceof Resumed || e instanceof Cancelled || e instanceof DepositReceived
        || e instanceof BalanceReceived || e instanceof Amended || e instanceof DelayReported
        || e instanceof DocumentIssued;
  }

  private String describeChannel() {
    return "by " + salesOrder.intakeChannel().name().toLowerCase();
  }

  private Optional<Rejection> checkPayment(Money amount) {
    String id = salesOrder.id().value();
    if (!amount.currency().equals(salesOrder.currency())) {
      return reject("PAYMENT_CURRENCY_MISMATCH", "order " + id + " is in " + salesOrder.currency()
          + "; a payment of " + amount + " must be converted and recorded in the order currency");
    }
    if (!amount.isPositive()) {
      return reject("PAYMENT_NOT_POSITIVE", "order " + id + ": a payment must be positive, not " + amount);
    }
    return Optional.empty();
  }

  private Optional<Rejection> checkRelease(OrderEvent e) {
    String id = salesOrder.id().value();
    if (status == OrderStatus.RECEIVED || status == OrderStatus.CONFIRMED) {
      return reject("NOT_REVIEWED", "order " + id + " has not passed review (审单); review it before releasing production");
    }
    Optional<Rejection> s = requireStatus(e, OrderStatus.REVIEWED);
    if (s.isPresent()) {
      return s;
    }
    if (salesOrder.paymentTerms().isEmpty()) {
      return reject("PAYMENT_TERMS_MISSING", "order " + id + " has no payment terms; agree them before releasing production");
    }
    Optional<Rejection> paid = requirePaid(PaymentDue.BEFORE_PRODUCTION, salesOrder.total(), "releasing production",
        "deposit term: production starts only after the deposit arrives (定金到账后才能下单生产)");
    if (paid.isPresent()) {
      return Optional.of(Rejection.of("DEPOSIT_NOT_RECEIVED", paid.get().message()));
    }
    if (salesOrder.sampleRequired() && sampleStatus != SampleStatus.APPROVED) {
      return reject("SAMPLE_NOT_APPROVED", "order " + id + " requires the customer's sample approval before bulk production (大货); the sample is "
          + sampleStatus.name().toLowerCase().replace('_', ' '));
    }
    return Optional.empty();
  }

  private Optional<Rejection> checkCustoms(OrderEvent e, CustomsCleared x) {
    String id = salesOrder.id().value();
    if (status == OrderStatus.IN_PRODUCTION || status == OrderStatus.PRODUCED) {
      return reject("QC_NOT_PASSED", "order " + id + ": the goods have not passed QC inspection; they cannot be declared for export yet");
    }
    Optional<Rejection> s = requireStatus(e, OrderStatus.INSPECTED);
    if (s.isPresent()) {
      return s;
    }
    if (bookingReference.isEmpty()) {
      return reject("NOT_BOOKED", "order " + id + ": book shipping space (订舱) before the customs declaration");
    }
    if (!x.declaredAmount().currency().equals(salesOrder.currency())) {
      return reject("DECLARATION_CURRENCY_MISMATCH", "order " + id + ": declared amount in " + x.declaredAmount().currency()
          + " but the order is in " + salesOrder.currency());
    }
    if (!x.declaredAmount().isPositive()) {
      return reject("DECLARED_AMOUNT_NOT_POSITIVE", "order " + id + ": the declared amount must be positive, not " + x.declaredAmount());
    }
    if (salesOrder.statutoryInspection()) {
      if (voucher.isEmpty()) {
        return reject("INSPECTION_VOUCHER_MISSING", "order " + id + " is subject to statutory inspection (法检): customs clearance needs the exchange voucher (换证凭条)");
      }
      InspectionVoucher v = voucher.get();
      LocalDate day = x.meta().at().toLocalDate();
      if (!v.isValidOn(day)) {
        return reject("INSPECTION_VOUCHER_EXPIRED", "order " + id + ": voucher " + v.number() + " is valid " + v.issuedOn()
            + " to " + v.validUntil() + ", not on " + day + "; apply for inspection again");
      }
      if (!v.amount().isSameCurrency(x.declaredAmount())) {
        return reject("VOUCHER_CURRENCY_MISMATCH", "order " + id + ": voucher " + v.number() + " is in "
            + v.amount().currency() + " but the declaration is in " + x.declaredAmount().currency());
      }
      if (x.declaredAmount().isGreaterThan(v.amount())) {
        return reject("VOUCHER_AMOUNT_EXCEEDED", "order " + id + ": declared " + x.declaredAmount()
            + " is above the voucher amount " + v.amount() + "; the shipped amount may be lower than the voucher, never higher");
      }
    }
    return Optional.empty();
  }

  private Optional<Rejection> checkShipment(OrderEvent e, Shipped x) {
    String id = salesOrder.id().value();
    if (status == OrderStatus.IN_PRODUCTION || status == OrderStatus.PRODUCED || BEFORE_RELEASE.contains(status)) {
      return reject("QC_NOT_PASSED", "order " + id + ": goods ship only after the QC inspection has passed (验货通过后才能出货)");
    }
    if (salesOrder.scope().includesCustoms() && status == OrderStatus.INSPECTED) {
      return reject("CUSTOMS_NOT_CLEARED", "order " + id + ": the goods have not been cleared by customs (报关) yet");
    }
    Optional<Rejection> s = requireStatus(e, OrderStatus.INSPECTED, OrderStatus.CLEARED);
    if (s.isPresent()) {
      return s;
    }
    if (!x.shippedAmount().currency().equals(salesOrder.currency())) {
      return reject("SHIPMENT_CURRENCY_MISMATCH", "order " + id + ": shipped amount in " + x.shippedAmount().currency()
          + " but the order is in " + salesOrder.currency());
    }
    if (!x.shippedAmount().isPositive()) {
      return reject("SHIPPED_AMOUNT_NOT_POSITIVE", "order " + id + ": the shipped amount must be positive, not " + x.shippedAmount());
    }
    LocalDate recordedOn = x.meta().at().toLocalDate();
    if (x.shippedOn().isAfter(recordedOn) || x.shippedOn().isBefore(salesOrder.orderDate())) {
      return reject("SHIPMENT_DATE_OUT_OF_RANGE", "order " + id + ": the shipment date " + x.shippedOn()
          + " must lie between the order date " + salesOrder.orderDate() + " and the day it is recorded, " + recordedOn);
    }
    // the balance before shipment is due on the invoice value actually shipped (short or over shipment)
    Optional<Rejection> paid = requirePaid(PaymentDue.BEFORE_SHIPMENT, x.shippedAmount(), "shipping",
        "T/T balance before shipment: goods are released only after the balance (余款到账后出货)");
    if (paid.isPresent()) {
      return Optional.of(Rejection.of("BALANCE_NOT_RECEIVED", paid.get().message()));
    }
    return Optional.empty();
  }

  private Optional<Rejection> checkClose() {
    String id = salesOrder.id().value();
    FollowUpScope scope = salesOrder.scope();
    boolean shipped = status == OrderStatus.SHIPPED || status == OrderStatus.DOCUMENTS_SENT;
    if (scope == FollowUpScope.TO_EXPORT_WAREHOUSE && shipped) {
      return Optional.empty();
    }
    if (scope == FollowUpScope.TO_CUSTOMS_AND_LOADING && shipped && customsDeclaration.isPresent()) {
      return Optional.empty();
    }
    if (scope == FollowUpScope.TO_PAYMENT && status == OrderStatus.DOCUMENTS_SENT && !outstanding().isPositive()) {
      return Optional.empty();
    }
    String missing;
    if (!shipped) {
      missing = "the goods have not shipped";
    } else if (scope == FollowUpScope.TO_CUSTOMS_AND_LOADING) {
      missing = "customs clearance is not recorded";
    } else if (status != OrderStatus.DOCUMENTS_SENT) {
      missing = "the documents have not been sent";
    } else {
      missing = "payment is outstanding: " + outstanding() + " (货款未到账)";
    }
    return reject("SCOPE_NOT_COMPLETED", "order " + id + " is followed " + scopeText(scope) + " and cannot be closed: " + missing);
  }

  private static String scopeText(FollowUpScope scope) {
    switch (scope) {
      case TO_EXPORT_WAREHOUSE: return "to the export warehouse (前程跟单)";
      case TO_CUSTOMS_AND_LOADING: return "to customs clearance and loading (中程跟单)";
      default: return "until payment (全程跟单)";
    }
  }

  private Optional<Rejection> requirePaid(PaymentDue point, Money base, String action, String rule) {
    Optional<PaymentTerms> terms = salesOrder.paymentTerms();
    if (terms.isEmpty()) {
      return Optional.empty();
    }
    Money due = terms.get().amountDueBy(point, base);
    if (received.isLessThan(due)) {
      return reject("PAYMENT_NOT_RECEIVED", "order " + salesOrder.id() + ": " + due + " must be received before " + action
          + " but only " + received + " has arrived; " + rule);
    }
    return Optional.empty();
  }

  private Optional<Rejection> requireStatus(OrderEvent e, OrderStatus... allowed) {
    for (OrderStatus s : allowed) {
      if (s == status) {
        return Optional.empty();
      }
    }
    return illegal(e);
  }

  private Optional<Rejection> requireStatus(OrderEvent e, Set<OrderStatus> allowed) {
    return allowed.contains(status) ? Optional.empty() : illegal(e);
  }

  private Optional<Rejection> illegal(OrderEvent e) {
    return reject("ILLEGAL_TRANSITION", "order " + salesOrder.id() + " is " + status.name().toLowerCase().replace('_', ' ')
        + " (" + status.chineseName() + "); cannot record: " + e.describe());
  }

  private static Optional<Rejection> reject(String code, String message) {
    return Optional.of(Rejection.of(code, message));
  }

  private Order evolve(OrderEvent e) {
    Draft d = new Draft(this);
    d.history.add(e);
    if (e instanceof ConfirmedInWriting) {
      // the written order replaces the verbal one, so that review no longer finds it unconfirmed
      d.salesOrder = salesOrder.withWrittenConfirmation(true);
      if (status == OrderStatus.RECEIVED) {
        d.status = OrderStatus.CONFIRMED;
      }
    } else if (e instanceof Reviewed x) {
      d.status = OrderStatus.REVIEWED;
      d.reviewedRevision = Optional.of(x.revision());
    } else if (e instanceof DepositReceived x) {
      d.received = received.plus(x.amount());
    } else if (e instanceof BalanceReceived x) {
      d.received = received.plus(x.amount());
    } else if (e instanceof SampleSubmitted x) {
      d.sampleStatus = SampleStatus.SUBMITTED;
      d.sampleReference = Optional.of(x.reference());
    } else if (e instanceof SampleApproved) {
      d.sampleStatus = SampleStatus.APPROVED;
    } else if (e instanceof SampleRejected) {
      d.sampleStatus = SampleStatus.REJECTED;
    } else if (e instanceof DocumentIssued x) {
      if (!d.issuedDocuments.contains(x.kind())) {
        d.issuedDocuments.add(x.kind());
      }
    } else if (e instanceof ReleasedToProduction x) {
      d.status = OrderStatus.IN_PRODUCTION;
      for (DocumentKind k : x.documents()) {
        if (!d.issuedDocuments.contains(k)) {
          d.issuedDocuments.add(k);
        }
      }
    } else if (e instanceof ProductionProgressReported x) {
      d.progressPercent = x.percentComplete();
      if (x.percentComplete() == 100) {
        d.status = OrderStatus.PRODUCED;
      }
    } else if (e instanceof QcInspectionBooked x) {
      d.qcInspectionDate = Optional.of(x.inspectionDate());
    } else if (e instanceof QcPassed) {
      d.status = OrderStatus.INSPECTED;
    } else if (e instanceof QcFailed) {
      d.qcFailures = qcFailures + 1;
      d.qcInspectionDate = Optional.empty();
    } else if (e instanceof InspectionVoucherReceived x) {
      d.voucher = Optional.of(x.voucher());
    } else if (e instanceof Booked x) {
      d.bookingReference = Optional.of(x.bookingReference());
      d.etd = Optional.of(x.etd());
    } else if (e instanceof CustomsCleared x) {
      d.status = OrderStatus.CLEARED;
      d.customsDeclaration = Optional.of(x.declarationNumber());
    } else if (e instanceof Shipped x) {
      d.status = OrderStatus.SHIPPED;
      d.shippedOn = Optional.of(x.shippedOn());
      d.shippedAmount = Optional.of(x.shippedAmount());
    } else if (e instanceof DocumentsSent) {
      d.status = OrderStatus.DOCUMENTS_SENT;
    } else if (e instanceof Closed) {
      d.status = OrderStatus.CLOSED;
    } else if (e instanceof Amended x) {
      d.salesOrder = x.order();
      if (!x.order().currency().equals(salesOrder.currency())) {
        d.received = Money.zero(x.order().currency());
      }
      // before release an amended order needs a fresh review, and a fresh written confirmation if
      // the amendment came without one
      if (BEFORE_RELEASE.contains(progressStatus())) {
        OrderStatus restart = x.order().writtenConfirmation() ? OrderStatus.CONFIRMED : OrderStatus.RECEIVED;
        if (status == OrderStatus.ON_HOLD) {
          d.statusBeforeHold = Optional.of(restart);
        } else {
          d.status = restart;
        }
      }
      d.revisedDeliveryDate = Optional.empty();
    } else if (e instanceof PutOnHold) {
      d.statusBeforeHold = Optional.of(status);
      d.status = OrderStatus.ON_HOLD;
    } else if (e instanceof Resumed) {
      d.status = statusBeforeHold.orElseThrow();
      d.statusBeforeHold = Optional.empty();
    } else if (e instanceof Cancelled) {
      d.status = OrderStatus.CANCELLED;
      d.statusBeforeHold = Optional.empty();
    } else if (e instanceof DelayReported x) {
      d.revisedDeliveryDate = Optional.of(x.newDeliveryDate());
    }
    return new Order(d);
  }

  // ---------------------------------------------------------------------------------------------
  // Queries

  /** The order id. */
  public OrderId id() {
    return salesOrder.id();
  }

  /** The current revision of the sales order. */
  public SalesOrder salesOrder() {
    return salesOrder;
  }

  /** The current status. */
  public OrderStatus status() {
    return status;
  }

  /** While on hold, the status the order will return to on resume. */
  public Optional<OrderStatus> statusBeforeHold() {
    return statusBeforeHold;
  }

  /** The status on the main path: the status, or while on hold the status before the hold. */
  public OrderStatus progressStatus() {
    return statusBeforeHold.orElse(status);
  }

  /** The revision that passed review, if any (an amendment before release needs a fresh review). */
  public Optional<Integer> reviewedRevision() {
    return reviewedRevision;
  }

  /** All payments received (deposit and balance), in the order currency. */
  public Money received() {
    return received;
  }

  /**
   * What the customer owes in all: the order total, or once shipped the invoice value shipped (which
   * may be below the total after a short shipment, or above it after an over-shipment).
   */
  public Money invoiceAmount() {
    return shippedAmount.orElse(salesOrder.total());
  }

  /** The {@link #invoiceAmount()} less payments received (negative if overpaid). */
  public Money outstanding() {
    return invoiceAmount().minus(received);
  }

  /** True if the payments due before production have arrived (or the terms require none). */
  public boolean isDepositSatisfied() {
    return isPaidBy(PaymentDue.BEFORE_PRODUCTION);
  }

  /**
   * True if all payments due by {@code point} (computed on the {@link #invoiceAmount()}) have arrived;
   * false if the order has no payment terms.
   */
  public boolean isPaidBy(PaymentDue point) {
    Objects.requireNonNull(point, "point");
    return salesOrder.paymentTerms()
        .map(t -> !received.isLessThan(t.amountDueBy(point, invoiceAmount())))
        .orElse(false);
  }

  /** The sample's state. */
  public SampleStatus sampleStatus() {
    return sampleStatus;
  }

  /** The last production progress reported, 0..100. */
  public int progressPercent() {
    return progressPercent;
  }

  /** The booked QC inspection date, if booked and not yet failed. */
  public Optional<LocalDate> qcInspectionDate() {
    return qcInspectionDate;
  }

  /** How many QC inspections failed. */
  public int qcFailures() {
    return qcFailures;
  }

  /** True once QC has passed. */
  public boolean isQcPassed() {
    OrderStatus s = progressStatus();
    return s.ordinal() >= OrderStatus.INSPECTED.ordinal() && s.ordinal() <= OrderStatus.CLOSED.ordinal();
  }

  /** The exchange voucher, if received. */
  public Optional<InspectionVoucher> voucher() {
    return voucher;
  }

  /** The booking number, if booked. */
  public Optional<String> bookingReference() {
    return bookingReference;
  }

  /** The booked ETD, if booked. */
  public Optional<LocalDate> etd() {
    return etd;
  }

  /** The customs declaration number, once cleared. */
  public Optional<String> customsDeclaration() {
    return customsDeclaration;
  }

  /** The shipment date, once shipped. */
  public Optional<LocalDate> shippedOn() {
    return shippedOn;
  }

  /** The amount shipped, once shipped. */
  public Optional<Money> shippedAmount() {
    return shippedAmount;
  }

  /**
   * The new delivery date of the last reported delay (延期) still in force; empty when no delay was
   * reported or an amendment agreed new dates since.
   */
  public Optional<LocalDate> revisedDeliveryDate() {
    return revisedDeliveryDate;
  }

  /** The delivery date now expected: the last reported delay's date, else the agreed date. */
  public Optional<LocalDate> expectedDeliveryDate() {
    return revisedDeliveryDate.or(salesOrder::lastDeliveryDate);
  }

  /** The documents issued so far, in {@link DocumentKind} order. */
  public List<DocumentKind> issuedDocuments() {
    return issuedDocuments;
  }

  /** The event history, oldest first. */
  @JsonProperty("history")
  public List<OrderEvent> history() {
    return history;
  }

  /** The time of the last event. */
  public LocalDateTime lastEventAt() {
    return history.get(history.size() - 1).meta().at();
  }

  /** Orders are equal when their histories are equal (the state follows from the history). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Order other && history.equals(other.history)
        && salesOrder.equals(other.salesOrder) && status == other.status && received.equals(other.received);
  }

  @Override
  public int hashCode() {
    return history.hashCode();
  }

  @Override
  public String toString() {
    return "Order[" + salesOrder.id() + " r" + salesOrder.revision() + " " + status + ", " + history.size() + " events]";
  }

  /** Mutable working copy used while evolving; never escapes. */
  private static final class Draft {
    SalesOrder salesOrder;
    OrderStatus status;
    Optional<OrderStatus> statusBeforeHold = Optional.empty();
    Optional<Integer> reviewedRevision = Optional.empty();
    Money received;
    SampleStatus sampleStatus = SampleStatus.NONE;
    Optional<String> sampleReference = Optional.empty();
    int progressPercent;
    Optional<LocalDate> qcInspectionDate = Optional.empty();
    int qcFailures;
    Optional<InspectionVoucher> voucher = Optional.empty();
    Optional<String> bookingReference = Optional.empty();
    Optional<LocalDate> etd = Optional.empty();
    Optional<String> customsDeclaration = Optional.empty();
    Optional<LocalDate> shippedOn = Optional.empty();
    Optional<Money> shippedAmount = Optional.empty();
    Optional<LocalDate> revisedDeliveryDate = Optional.empty();
    List<DocumentKind> issuedDocuments = new ArrayList<>();
    List<OrderEvent> history = new ArrayList<>();

    Draft() {}

    Draft(Order o) {
      salesOrder = o.salesOrder;
      status = o.status;
      statusBeforeHold = o.statusBeforeHold;
      reviewedRevision = o.reviewedRevision;
      received = o.received;
      sampleStatus = o.sampleStatus;
      sampleReference = o.sampleReference;
      progressPercent = o.progressPercent;
      qcInspectionDate = o.qcInspectionDate;
      qcFailures = o.qcFailures;
      voucher = o.voucher;
      bookingReference = o.bookingReference;
      etd = o.etd;
      customsDeclaration = o.customsDeclaration;
      shippedOn = o.shippedOn;
      shippedAmount = o.shippedAmount;
      revisedDeliveryDate = o.revisedDeliveryDate;
      issuedDocuments = new ArrayList<>(o.issuedDocuments);
      history = new ArrayList<>(o.history);
    }
  }
}
