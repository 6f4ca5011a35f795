package org.gendan.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gendan.core.Ids;
import org.gendan.core.money.Money;
import org.gendan.core.party.CustomerId;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.PaymentTerms;
import org.immutables.value.Value;

/**
 * A customer's sales order (客户订单 / 外销合同) as received: who, what, how much, when, on which terms.
 *
 * <p>A sales order may be incomplete (a phone order without payment terms): it is still a valid value,
 * and {@code OrderReview} reports what is missing. What is structurally impossible is rejected when it
 * is built: lines with non-positive quantities, duplicate line numbers, prices in another currency than
 * the order's, more than {@value #MAX_LINES} lines.
 *
 * <p>Build with {@code SalesOrder.builder()}; id, customer, intake channel, order date and currency are
 * required. {@code withX(..)} methods give changed copies (an amendment is a new revision).
 */
@Value.Immutable
@JsonSerialize(as = SalesOrder.class)
@JsonDeserialize(as = SalesOrder.class)
abstract class AbstractSalesOrder {

  /** The most lines an order may have. */
  public static final int MAX_LINES = 10_000;

  /** The order number. */
  public abstract OrderId id();

  /** The customer who ordered. */
  public abstract CustomerId customerId();

  /** The customer's own purchase order number. */
  public abstract Optional<String> customerPoNumber();

  /** How the order arrived. */
  public abstract IntakeChannel intakeChannel();

  /** Whether a written confirmation from the customer exists (signed contract, PO, e-mail). */
  @Value.Default
  public boolean writtenConfirmation() {
    return !intakeChannel().isVerbal();
  }

  /** The date the order was received (下单日期). */
  public abstract LocalDate orderDate();

  /** The order currency; every price and amount of the order is in it. */
  public abstract Currency currency();

  /** The lines, in line-number order. */
  public abstract List<OrderLine> lines();

  /** The agreed delivery date (交期): the date goods must be shipped (FOB port) or delivered. */
  public abstract Optional<LocalDate> deliveryDate();

  /** The trade term, e.g. FOB NINGBO. */
  public abstract Optional<Incoterm> incoterm();

  /** The payment terms. */
  public abstract Optional<PaymentTerms> paymentTerms();

  /** The packing requirements. */
  public abstract Optional<PackingRequirements> packing();

  /** The shipping marks; empty if not yet given (review warns), {@link ShippingMarks#NONE} for N/M. */
  public abstract Optional<ShippingMarks> shippingMarks();

  /** How the goods travel. */
  public abstract Optional<ShipmentMode> shipmentMode();

  /** The port or place of loading, e.g. NINGBO. */
  public abstract Optional<String> portOfLoading();

  /** The destination port or place, e.g. HAMBURG. */
  public abstract Optional<String> destination();

  /** How far the order is followed (跟单范围); defaults to the full scope, until payment. */
  @Value.Default
  public FollowUpScope scope() {
    return FollowUpScope.TO_PAYMENT;
  }

  /** Whether the customer must approve a sample before bulk production (产前样确认). */
  @Value.Default
  public boolean sampleRequired() {
    return false;
  }

  /** Whether the goods are subject to statutory inspection (法检). */
  @Value.Default
  public boolean statutoryInspection() {
    return false;
  }

  /** The certificate of origin needed. */
  @Value.Default
  public OriginCertificate originCertificate() {
    return OriginCertificate.NONE;
  }

  /** Own production or a processing order (加工单). */
  @Value.Default
  public OrderKind kind() {
    return OrderKind.OWN_PRODUCTION;
  }

  /** The revision number: 0 as received, +1 with each amendment (修改定单). */
  @Value.Default
  public int revision() {
    return 0;
  }

  /** The order total stated by the customer, to be checked by review. */
  public abstract Optional<Money> statedTotal();

  /** Free-text remarks (备注). */
  public abstract Optional<String> remarks();

  /** The order total: the sum of the line amounts (each rounded HALF_UP). */
  @Value.Lazy
  public Money total() {
    Money sum = Money.zero(currency());
    for (OrderLine l : lines()) {
      sum = sum.plus(l.amount());
    }
    return sum;
  }

  /** The delivery date of a line: its own, else the order's. */
  public Optional<LocalDate> deliveryDateOf(OrderLine line) {
    java.util.Objects.requireNonNull(line, "line");
    return line.deliveryDate().or(this::deliveryDate);
  }

  /** The latest delivery date over the order and its lines. */
  public Optional<LocalDate> lastDeliveryDate() {
    Optional<LocalDate> last = deliveryDate();
    for (OrderLine l : lines()) {
      if (l.deliveryDate().isPresent() && (last.isEmpty() || l.deliveryDate().get().isAfter(last.get()))) {
        last = l.deliveryDate();
      }
    }
    return last;
  }

  /** The line with the given number, if present. */
  public Optional<OrderLine> line(int lineNo) {
    return lines().stream().filter(l -> l.lineNo() == lineNo).findFirst();
  }

  @Value.Check
  protected AbstractSalesOrder normalize() {
    if (lines().size() > MAX_LINES) {
      throw new IllegalArgumentException("order " + id() + " has " + lines().size() + " lines; at most " + MAX_LINES + " are accepted");
    }
    if (revision() < 0) {
      throw new IllegalArgumentException("order " + id() + ": revision must not be negative: " + revision());
    }
    Set<Integer> seen = new HashSet<>();
    boolean sorted = true;
    int previous = 0;
    for (OrderLine l : lines()) {
      if (!seen.add(l.lineNo())) {
        throw new IllegalArgumentException("order " + id() + ": line number " + l.lineNo() + " appears twice");
      }
      if (!l.unitPrice().currency().equals(currency())) {
        throw new IllegalArgumentException("order " + id() + " line " + l.lineNo() + ": price in "
            + l.unitPrice().currency() + " but the order currency is " + currency());
      }
      sorted &= l.lineNo() > previous;
      previous = l.lineNo();
    }
    statedTotal().ifPresent(t -> {
      if (!t.currency().equals(currency())) {
        throw new IllegalArgumentException("order " + id() + ": stated total in " + t.currency() + " but the order currency is " + currency());
      }
    });
    customerPoNumber().ifPresent(p -> Ids.requireText(p, "customer PO number", 64));
    portOfLoading().ifPresent(p -> Ids.requireText(p, "port of loading", 100));
    destination().ifPresent(p -> Ids.requireText(p, "destination", 100));
    remarks().ifPresent(p -> Ids.requireText(p, "remarks", 4000));
    if (!sorted) {
      return SalesOrder.copyOf(this).withLines(lines().stream()
          .sorted(java.util.Comparator.comparingInt(OrderLine::lineNo)).toList());
    }
    return this;
  }
}
