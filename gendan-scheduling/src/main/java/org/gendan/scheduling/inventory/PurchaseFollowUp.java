package org.gendan.scheduling.inventory;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;

/**
 * Material follow-up of purchase orders (物料跟单): turns goods receipts (partial, early, late) into the
 * progress of every purchase order, the open quantities MRP should count on, and the purchasing KPIs.
 *
 * <p>Immutable and thread-safe; the result does not depend on the order of the input lists.
 */
public final class PurchaseFollowUp {

  /** A goods receipt names a purchase order that is not given. */
  public static final String UNKNOWN_PURCHASE_ORDER = "UNKNOWN_PURCHASE_ORDER";
  /** Two purchase orders share an id. */
  public static final String DUPLICATE_PURCHASE_ORDER = "DUPLICATE_PURCHASE_ORDER";
  /** A goods receipt is dated after today or before its order was placed. */
  public static final String RECEIPT_DATE_INVALID = "RECEIPT_DATE_INVALID";
  /** A goods receipt is in a unit that does not convert to the order's unit. */
  public static final String UNIT_MISMATCH = "UNIT_MISMATCH";

  private final LocalDate today;
  private final Map<String, PurchaseOrderProgress> progress;

  private PurchaseFollowUp(LocalDate today, Map<String, PurchaseOrderProgress> progress) {
    this.today = today;
    this.progress = progress;
  }

  /**
   * Builds the follow-up.
   *
   * @param orders   purchase orders, ids unique
   * @param receipts goods receipts against them, in any order
   * @param today    the date of the follow-up
   * @return the follow-up, or a rejection for an unknown or duplicate order, a receipt dated in the
   *     future or before its order, or a unit mismatch
   */
  public static Either<Rejection, PurchaseFollowUp> of(List<PurchaseOrder> orders, List<GoodsReceipt> receipts,
      LocalDate today) {
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(receipts, "receipts");
    Objects.requireNonNull(today, "today");
    Map<String, PurchaseOrder> byId = new TreeMap<>();
    for (PurchaseOrder o : orders) {
      if (byId.put(Objects.requireNonNull(o, "purchase order").id(), o) != null) {
        return Either.left(Rejection.of(DUPLICATE_PURCHASE_ORDER, "purchase order " + o.id() + " is given twice"));
      }
    }
    Map<String, List<GoodsReceipt>> grouped = new TreeMap<>();
    for (GoodsReceipt r : receipts) {
      PurchaseOrder o = byId.get(Objects.requireNonNull(r, "goods receipt").purchaseOrderId());
      if (o == null) {
        return Either.left(Rejection.of(UNKNOWN_PURCHASE_ORDER, "goods receipt of " + r.date() + " is against purchase order "
            + r.purchaseOrderId() + ", which is not known (采购订单不存在)"));
      }
      if (r.date().isAfter(today)) {
        return Either.left(Rejection.of(RECEIPT_DATE_INVALID, "goods receipt for " + o.id() + " is dated " + r.date()
            + ", after today " + today));
      }
      if (r.date().isBefore(o.orderDate())) {
        return Either.left(Rejection.of(RECEIPT_DATE_INVALID, "goods receipt for " + o.id() + " is dated " + r.date()
            + ", before the order was placed on " + o.orderDate()));
      }
      if (!r.quantity().unit().isConvertibleTo(o.quantity().unit())) {
        return Either.left(Rejection.of(UNIT_MISMATCH, "goods receipt for " + o.id() + " is in " + r.quantity().unit()
            + " but the order is in " + o.quantity().unit() + " (单位不一致)"));
      }
      grouped.computeIfAbsent(o.id(), k -> new ArrayList<>()).add(r);
    }
    Map<String, PurchaseOrderProgress> progress = new TreeMap<>();
    for (PurchaseOrder o : byId.values()) {
      List<GoodsReceipt> rs = new ArrayList<>(grouped.getOrDefault(o.id(), List.of()));
      rs.sort(Comparator.comparing(GoodsReceipt::date).thenComparing(r -> r.quantity().value()));
      Quantity received = Quantity.zero(o.quantity().unit());
      Optional<LocalDate> completed = Optional.empty();
      for (GoodsReceipt r : rs) {
        received = received.plus(r.quantity());
        if (completed.isEmpty() && received.compareTo(o.quantity()) >= 0) {
          completed = Optional.of(r.date());
        }
      }
      Quantity open = o.quantity().minus(received);
      if (open.isNegative()) {
        open = Quantity.zero(o.quantity().unit());
      }
      progress.put(o.id(), new PurchaseOrderProgress(o, rs, received, open, completed));
    }
    return Either.right(new PurchaseFollowUp(today, progress));
  }

  /** The date of the follow-up. */
  public LocalDate today() {
    return today;
  }

  /** The progress of every purchase order, by id. */
  public List<PurchaseOrderProgress> progress() {
    return List.copyOf(progress.values());
  }

  /** The progress of one purchase order. */
  public Optional<PurchaseOrderProgress> progressOf(String purchaseOrderId) {
    return Optional.ofNullable(progress.get(Objects.requireNonNull(purchaseOrderId, "purchaseOrderId")));
  }

  /** Purchase orders still open after their promised date (逾期未到), by id. */
  public List<PurchaseOrderProgress> overdue() {
    List<PurchaseOrderProgress> out = new ArrayList<>();
    for (PurchaseOrderProgress p : progress.values()) {
      if (p.isOverdueOn(today)) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The open quantities as scheduled receipts for MRP: one per purchase order with something still to
   * come, due on its promised date (an overdue one stays overdue, which MRP counts from today and flags
   * for expediting).
   */
  public List<ScheduledReceipt> openReceipts() {
    List<ScheduledReceipt> out = new ArrayList<>();
    for (PurchaseOrderProgress p : progress.values()) {
      if (p.open().isPositive()) {
        PurchaseOrder o = p.order();
        out.add(ScheduledReceipt.purchase(o.id(), o.sku(), p.open(), o.promisedDate(), o.supplier()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The purchasing KPIs over {@code [from, to]}; see {@link PurchasingKpis} for the definitions.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public PurchasingKpis kpis(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("KPI range ends " + to + " before it starts " + from);
    }
    int lines = 0;
    int onTimeLines = 0;
    int due = 0;
    int onTime = 0;
    for (PurchaseOrderProgress p : progress.values()) {
      LocalDate promised = p.order().promisedDate();
      for (GoodsReceipt r : p.receipts()) {
        if (!r.date().isBefore(from) && !r.date().isAfter(to)) {
          lines++;
          if (!r.date().isAfter(promised)) {
            onTimeLines++;
          }
        }
      }
      if (!promised.isBefore(from) && !promised.isAfter(to) && !promised.isAfter(today)) {
        due++;
        if (p.isCompletedOnTime()) {
          onTime++;
        }
      }
    }
    return new PurchasingKpis(from, to, lines, onTimeLines, due, onTime);
  }
}
