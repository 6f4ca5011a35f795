package org.gendan.core.followup;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gendan.core.Rejection;
import org.gendan.core.money.Money;
import org.gendan.core.order.DocumentKind;
import org.gendan.core.order.FollowUpScope;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderEvent;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.terms.Instalment;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.terms.PaymentTerms;

/** Computes a {@link FollowUpPlan}: which milestones, their due dates and their done dates. */
final class PlanCalculator {

  /** Days from sending the documents to payment at sight under an L/C or D/P. */
  static final int AT_SIGHT_DAYS_AFTER_DOCUMENTS = 7;

  private PlanCalculator() {}

  static Either<Rejection, FollowUpPlan> plan(Order order, FollowUpPolicy p) {
    SalesOrder so = order.salesOrder();
    Optional<LocalDate> expected = order.expectedDeliveryDate();
    if (expected.isEmpty()) {
      return Either.left(Rejection.of("NO_DELIVERY_DATE", "order " + so.id()
          + " has no delivery date (交期); a follow-up plan is scheduled back from it — agree a date with the customer first"));
    }
    LocalDate d = expected.get();
    FollowUpScope scope = so.scope();
    Optional<PaymentTerms> terms = so.paymentTerms();

    Map<MilestoneKind, LocalDate> due = new EnumMap<>(MilestoneKind.class);
    LocalDate productionFinish = d.minusDays(p.productionFinishDaysBeforeDelivery());
    LocalDate productionStart = productionFinish.minusDays(p.productionDays());
    LocalDate materials = productionStart.minusDays(p.materialsDaysBeforeProduction());
    LocalDate qc = d.minusDays(p.qcDaysBeforeDelivery());
    LocalDate documents = d.plusDays(p.documentsDaysAfterShipment());

    if (terms.map(PaymentTerms::requiresPaymentBeforeProduction).orElse(false)) {
      LocalDate deposit = so.orderDate().plusDays(p.depositDaysAfterOrder());
      due.put(MilestoneKind.DEPOSIT, deposit.isAfter(materials) ? materials : deposit);
    }
    if (so.sampleRequired()) {
      due.put(MilestoneKind.SAMPLE_APPROVAL, productionStart.minusDays(p.sampleDaysBeforeProduction()));
    }
    due.put(MilestoneKind.MATERIALS_IN, materials);
    due.put(MilestoneKind.PRODUCTION_START, productionStart);
    due.put(MilestoneKind.PRODUCTION_FINISH, productionFinish);
    due.put(MilestoneKind.QC_BOOKING, qc.minusDays(p.qcBookingDaysBeforeInspection()));
    due.put(MilestoneKind.QC_INSPECTION, qc);
    if (scope.includesCustoms()) {
      if (so.statutoryInspection()) {
        due.put(MilestoneKind.STATUTORY_INSPECTION, d.minusDays(p.statutoryInspectionDaysBeforeDelivery()));
      }
      if (so.originCertificate().isRequired()) {
        due.put(MilestoneKind.ORIGIN_CERTIFICATE, d.minusDays(p.originCertificateDaysBeforeDelivery()));
      }
      due.put(MilestoneKind.BOOKING, d.minusDays(p.bookingDaysBeforeDelivery()));
      due.put(MilestoneKind.CUSTOMS_CLEARANCE, d.minusDays(p.customsDaysBeforeDelivery()));
    }
    due.put(MilestoneKind.SHIPMENT, d);
    if (scope.includesPayment()) {
      due.put(MilestoneKind.DOCUMENTS, documents);
    }
    boolean balanceBeforeShipment = terms.map(t -> t.instalments().stream()
        .anyMatch(i -> i.due() == PaymentDue.BEFORE_SHIPMENT)).orElse(false);
    if (scope.includesPayment() || balanceBeforeShipment) {
      due.put(MilestoneKind.BALANCE, balanceDue(terms, scope, d, documents, p));
    }

    Map<MilestoneKind, LocalDate> done = doneDates(order, scope);
    List<Milestone> milestones = new ArrayList<>();
    for (Map.Entry<MilestoneKind, LocalDate> e : due.entrySet()) {
      LocalDate date = e.getValue().isBefore(so.orderDate()) ? so.orderDate() : e.getValue();
      milestones.add(new Milestone(e.getKey(), date, Optional.ofNullable(done.get(e.getKey()))));
    }
    return Either.right(new FollowUpPlan(so.id(), so.customerId(), d, milestones));
  }

  /** The latest due date of the instalments not paid before production. */
  private static LocalDate balanceDue(Optional<PaymentTerms> terms, FollowUpScope scope, LocalDate d, LocalDate documents,
      FollowUpPolicy p) {
    if (terms.isEmpty()) {
      return documents;
    }
    LocalDate latest = null;
    for (Instalment i : terms.get().instalments()) {
      LocalDate date;
      switch (i.due()) {
        case BEFORE_SHIPMENT:
          date = d.minusDays(p.balanceDaysBeforeShipment());
          break;
        case AGAINST_DOCUMENTS:
          date = documents;
          break;
        case AT_SIGHT:
          date = documents.plusDays(AT_SIGHT_DAYS_AFTER_DOCUMENTS);
          break;
        case DAYS_AFTER_SHIPMENT:
          date = d.plusDays(i.days());
          break;
        default:
          continue;
      }
      if (!scope.includesPayment() && i.due() != PaymentDue.BEFORE_SHIPMENT) {
        continue;
      }
      if (latest == null || date.isAfter(latest)) {
        latest = date;
      }
    }
    // all instalments before production (100% in advance): the balance milestone is the payment in full
    return latest == null ? d.minusDays(p.balanceDaysBeforeShipment()) : latest;
  }

  private static Map<MilestoneKind, LocalDate> doneDates(Order order, FollowUpScope scope) {
    SalesOrder so = order.salesOrder();
    Map<MilestoneKind, LocalDate> done = new EnumMap<>(MilestoneKind.class);
    Money total = so.total();
    Money depositDue = so.paymentTerms().map(t -> t.amountDueBy(PaymentDue.BEFORE_PRODUCTION, total)).orElse(total);
    Money balanceDue = scope.includesPayment() || so.paymentTerms().isEmpty()
        ? total
        : so.paymentTerms().get().amountDueBy(PaymentDue.BEFORE_SHIPMENT, total);
    Money received = Money.zero(so.currency());
    LocalDate lastBooking = null;
    for (OrderEvent e : order.history()) {
      LocalDate day = e.meta().at().toLocalDate();
      if (e instanceof OrderEvent.DepositReceived x) {
        received = add(received, x.amount());
      } else if (e instanceof OrderEvent.BalanceReceived x) {
        received = add(received, x.amount());
      } else if (e instanceof OrderEvent.Amended x && !x.order().currency().equals(received.currency())) {
        received = Money.zero(x.order().currency());
      } else if (e instanceof OrderEvent.SampleApproved) {
        done.put(MilestoneKind.SAMPLE_APPROVAL, day);
      } else if (e instanceof OrderEvent.ReleasedToProduction) {
        done.putIfAbsent(MilestoneKind.MATERIALS_IN, day);
        done.putIfAbsent(MilestoneKind.PRODUCTION_START, day);
      } else if (e instanceof OrderEvent.ProductionProgressReported x && x.percentComplete() == 100) {
        done.putIfAbsent(MilestoneKind.PRODUCTION_FINISH, day);
      } else if (e instanceof OrderEvent.QcInspectionBooked) {
        lastBooking = day;
      } else if (e instanceof OrderEvent.QcFailed) {
        lastBooking = null;
      } else if (e instanceof OrderEvent.QcPassed) {
        done.putIfAbsent(MilestoneKind.QC_INSPECTION, day);
      } else if (e instanceof OrderEvent.InspectionVoucherReceived) {
        done.put(MilestoneKind.STATUTORY_INSPECTION, day);
      } else if (e instanceof OrderEvent.DocumentIssued x && x.kind() == DocumentKind.CERTIFICATE_OF_ORIGIN) {
        done.putIfAbsent(MilestoneKind.ORIGIN_CERTIFICATE, day);
      } else if (e instanceof OrderEvent.Booked) {
        done.put(MilestoneKind.BOOKING, day);
      } else if (e instanceof OrderEvent.CustomsCleared) {
        done.putIfAbsent(MilestoneKind.CUSTOMS_CLEARANCE, day);
      } else if (e instanceof OrderEvent.Shipped x) {
        done.putIfAbsent(MilestoneKind.SHIPMENT, x.shippedOn());
      } else if (e instanceof OrderEvent.DocumentsSent) {
        done.putIfAbsent(MilestoneKind.DOCUMENTS, day);
      }
      if (received.currency().equals(total.currency())) {
        if (!received.isLessThan(depositDue) && depositDue.isPositive()) {
          done.putIfAbsent(MilestoneKind.DEPOSIT, day);
        }
        if (!received.isLessThan(balanceDue) && balanceDue.isPositive()) {
          done.putIfAbsent(MilestoneKind.BALANCE, day);
        }
      }
    }
    if (lastBooking != null) {
      done.put(MilestoneKind.QC_BOOKING, lastBooking);
    } else if (done.containsKey(MilestoneKind.QC_INSPECTION)) {
      done.put(MilestoneKind.QC_BOOKING, done.get(MilestoneKind.QC_INSPECTION));
    }
    return done;
  }

  private static Money add(Money sum, Money amount) {
    return amount.currency().equals(sum.currency()) ? sum.plus(amount) : sum;
  }
}
