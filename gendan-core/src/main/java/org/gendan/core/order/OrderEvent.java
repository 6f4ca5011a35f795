package org.gendan.core.order;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gendan.core.Ids;
import org.gendan.core.money.Money;

/**
 * Something that happened to an order, in the past tense, with its {@link EventMeta} (time, actor,
 * reason). The event history of an {@link Order} is the order's full record: replaying it rebuilds the
 * identical order. In JSON each event carries its simple class name in the {@code type} property.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OrderEvent.OrderReceived.class, name = "OrderReceived"),
    @JsonSubTypes.Type(value = OrderEvent.ConfirmedInWriting.class, name = "ConfirmedInWriting"),
    @JsonSubTypes.Type(value = OrderEvent.Reviewed.class, name = "Reviewed"),
    @JsonSubTypes.Type(value = OrderEvent.DepositReceived.class, name = "DepositReceived"),
    @JsonSubTypes.Type(value = OrderEvent.SampleSubmitted.class, name = "SampleSubmitted"),
    @JsonSubTypes.Type(value = OrderEvent.SampleApproved.class, name = "SampleApproved"),
    @JsonSubTypes.Type(value = OrderEvent.SampleRejected.class, name = "SampleRejected"),
    @JsonSubTypes.Type(value = OrderEvent.DocumentIssued.class, name = "DocumentIssued"),
    @JsonSubTypes.Type(value = OrderEvent.ReleasedToProduction.class, name = "ReleasedToProduction"),
    @JsonSubTypes.Type(value = OrderEvent.ProductionProgressReported.class, name = "ProductionProgressReported"),
    @JsonSubTypes.Type(value = OrderEvent.QcInspectionBooked.class, name = "QcInspectionBooked"),
    @JsonSubTypes.Type(value = OrderEvent.QcPassed.class, name = "QcPassed"),
    @JsonSubTypes.Type(value = OrderEvent.QcFailed.class, name = "QcFailed"),
    @JsonSubTypes.Type(value = OrderEvent.InspectionVoucherReceived.class, name = "InspectionVoucherReceived"),
    @JsonSubTypes.Type(value = OrderEvent.Booked.class, name = "Booked"),
    @JsonSubTypes.Type(value = OrderEvent.CustomsCleared.class, name = "CustomsCleared"),
    @JsonSubTypes.Type(value = OrderEvent.Shipped.class, name = "Shipped"),
    @JsonSubTypes.Type(value = OrderEvent.DocumentsSent.class, name = "DocumentsSent"),
    @JsonSubTypes.Type(value = OrderEvent.BalanceReceived.class, name = "BalanceReceived"),
    @JsonSubTypes.Type(value = OrderEvent.Closed.class, name = "Closed"),
    @JsonSubTypes.Type(value = OrderEvent.Amended.class, name = "Amended"),
    @JsonSubTypes.Type(value = OrderEvent.PutOnHold.class, name = "PutOnHold"),
    @JsonSubTypes.Type(value = OrderEvent.Resumed.class, name = "Resumed"),
    @JsonSubTypes.Type(value = OrderEvent.Cancelled.class, name = "Cancelled"),
    @JsonSubTypes.Type(value = OrderEvent.DelayReported.class, name = "DelayReported")
})
public sealed interface OrderEvent {

  /** When, by whom and why. */
  EventMeta meta();

  /** A short English description for histories and logs, e.g. "deposit received USD 3000.00". */
  String describe();

  /** The order was received (接单). Starts every history. @param order the order as received */
  record OrderReceived(EventMeta meta, SalesOrder order) implements OrderEvent {
    /** Creates the event. */
    public OrderReceived {
      Objects.requireNonNull(meta, "meta");
      Objects.requireNonNull(order, "order");
    }

    @Override
    public String describe() {
      return "order received via " + order.intakeChannel() + " (" + order.lines().size() + " lines, " + order.total() + ")";
    }
  }

  /** The customer confirmed the order in writing (书面确认). @param reference the confirming document */
  record ConfirmedInWriting(EventMeta meta, String reference) implements OrderEvent {
    /** Creates the event. */
    public ConfirmedInWriting {
      Objects.requireNonNull(meta, "meta");
      Ids.requireValid(reference, "confirmation reference");
    }

    @Override
    public String describe() {
      return "confirmed in writing (" + reference + ")";
    }
  }

  /**
   * The order passed review (审单) without errors.
   *
   * @param revision the revision reviewed
   * @param warnings the warnings accepted with it
   */
  record Reviewed(EventMeta meta, int revision, List<String> warnings) implements OrderEvent {
    /** Creates the event. */
    public Reviewed {
      Objects.requireNonNull(meta, "meta");
      warnings = NullChecks.copyWithoutNulls(warnings, "warnings");
    }

    @Override
    public String describe() {
      return "reviewed revision " + revision + (warnings.isEmpty() ? "" : " with " + warnings.size() + " warning(s)");
    }
  }

  /** A deposit arrived (定金到账). @param amount the amount received */
  record DepositReceived(EventMeta meta, Money amount) implements OrderEvent {
    /** Creates the event. */
    public DepositReceived {
      Objects.requireNonNull(meta, "meta");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String describe() {
      return "deposit received " + amount;
    }
  }

  /** A sample was sent to the customer (寄样). @param reference the sample's reference */
  record SampleSubmitted(EventMeta meta, String reference) implements OrderEvent {
    /** Creates the event. */
    public SampleSubmitted {
      Objects.requireNonNull(meta, "meta");
      Ids.requireValid(reference, "sample reference");
    }

    @Override
    public String describe() {
      return "sample " + reference + " submitted";
    }
  }

  /** The customer approved the sample (样品确认). @param reference the sample approved */
  record SampleApproved(EventMeta meta, String reference) implements OrderEvent {
    /** Creates the event. */
    public SampleApproved {
      Objects.requireNonNull(meta, "meta");
      Ids.requireValid(reference, "sample reference");
    }

    @Override
    public String describe() {
      return "sample " + reference + " approved";
    }
  }

  /** The customer rejected the sample; the reason is in the meta. @param reference the sample rejected */
  record SampleRejected(EventMeta meta, String reference) implements OrderEvent {
    /** Creates the event. */
    public SampleRejected {
      Objects.requireNonNull(meta, "meta");
      Ids.requireValid(reference, "sample reference");
    }

    @Override
    public String describe() {
      return "sample " + reference + " rejected" + meta.reason().map(r -> ": " + r).orElse("");
    }
  }

  /**
   * A document was issued (文件发放).
   *
   * @param kind   the kind of document
   * @param number its number
   */
  record DocumentIssued(EventMeta meta, DocumentKind kind, String number) implements OrderEvent {
    /** Creates the event. */
    public DocumentIssued {
      Objects.requireNonNull(meta, "meta");
      Objects.requireNonNull(kind, "kind");
      Ids.requireValid(number, "document number");
    }

    @Override
    public String describe() {
      return kind + " " + number + " issued";
    }
  }

  /**
   * Production was released (下单生产); the production order and flow card were issued.
   *
   * @param documents the documents issued with the release
   */
  record ReleasedToProduction(EventMeta meta, List<DocumentKind> documents) implements OrderEvent {
    /** Creates the event. */
    public ReleasedToProduction {
      Objects.requireNonNull(meta, "meta");
      documents = NullChecks.copyWithoutNulls(documents, "documents");
    }

    @Override
    public String describe() {
      return "released to production, issued " + documents;
    }
  }

  /** Production progress was reported (生产进度). @param percentComplete 0..100 */
  record ProductionProgressReported(EventMeta meta, int percentComplete) implements OrderEvent {
    /** Creates the event. */
    public ProductionProgressReported {
      Objects.requireNonNull(meta, "meta");
    }

    @Override
    public String describe() {
      return "production " + percentComplete + "% complete";
    }
  }

  /** The customer's QC inspection was booked (约验货). @param inspectionDate the agreed date */
  record QcInspectionBooked(EventMeta meta, LocalDate inspectionDate) implements OrderEvent {
    /** Creates the event. */
    public QcInspectionBooked {
      Objects.requireNonNull(meta, "meta");
      Objects.requireNonNull(inspectionDate, "inspectionDate");
    }

    @Override
    public String describe() {
      return "QC inspection booked for " + inspectionDate;
    }
  }

  /** The QC inspection passed (验货通过). */
  record QcPassed(EventMeta meta) implements OrderEvent {
    /** Creates the event. */
    public QcPassed {
      Objects.requireNonNull(meta, "meta");
    }

    @Override
    public String describe() {
      return "QC inspection passed";
    }
  }

  /** The QC inspection failed; goods go back for rework and re-inspection. Reason in the meta. */
  record QcFailed(EventMeta meta) implements OrderEvent {
    /** Creates the event. */
    public QcFailed {
      Objects.requireNonNull(meta, "meta");
    }

    @Override
    public String describe() {
      return "QC inspection failed" + meta.reason().map(r -> ": " + r).orElse("");
    }
  }

  /** The statutory-inspection exchange voucher (换证凭条) was received. @param voucher the voucher */
  record InspectionVoucherReceived(EventMeta meta, InspectionVoucher voucher) implements OrderEvent {
    /** Creates the event. */
    public InspectionVoucherReceived {
      Objects.requireNonNull(meta, "meta");
      Objects.requireNonNull(voucher, "voucher");
    }

    @Override
    public String describe() {
      return "inspection voucher " + voucher.number() + " received (" + voucher.amount() + ", valid until " + voucher.validUntil() + ")";
    }
  }

  /**
   * Shipping space was booked with the forwarder (订舱).
   *
   * @param bookingReference the booking number
   * @param etd              the estimated time of departure
   */
  record Booked(EventMeta meta, String bookingReference, LocalDate etd) implements OrderEvent {
    /** Creates the event. */
    public Booked {
      Objects.requireNonNull(meta, "meta");
      Ids.requireValid(bookingReference, "booking reference");
      Objects.requireNonNull(etd, "etd");
    }

    @Override
    public String describe() {
      return "booked " + bookingReference + ", ETD " + etd;
    }
  }

  /**
   * Customs cleared the export declaration (报关放行).
   *
   * @param declarationNumber the customs declaration number
   * @param declaredAmount    the declared value
   */
  record CustomsCleared(EventMeta meta, String declarationNumber, Money declaredAmount) implements OrderEvent {
    /** Creates the event. */
    public CustomsCleared {
      Objects.requireNonNull(meta, "meta");
      Ids.requireValid(declarationNumber, "declaration number");
      Objects.requireNonNull(declaredAmount, "declaredAmount");
    }

    @Override
    public String describe() {
      return "customs cleared, declaration " + declarationNumber + " (" + declaredAmount + ")";
    }
  }

  /**
   * The goods were shipped (出货): on board, or into the export warehouse for 前程 orders.
   *
   * @param shippedOn         the shipment (on-board) date
   * @param transportDocument the B/L, air waybill or warehouse receipt number
   * @param shippedAmount     the invoice value shipped
   */
  record Shipped(EventMeta meta, LocalDate shippedOn, String transportDocument, Money shippedAmount) implements OrderEvent {
    /** Creates the event. */
    public Shipped {
      Objects.requireNonNull(meta, "meta");
      Objects.requireNonNull(shippedOn, "shippedOn");
      Ids.requireValid(transportDocument, "transport document");
      Objects.requireNonNull(shippedAmount, "shippedAmount");
    }

    @Override
    public String describe() {
      return "shipped on " + shippedOn + " under " + transportDocument + " (" + shippedAmount + ")";
    }
  }

  /** The shipping documents were sent to the customer or presented to the bank (交单). @param reference courier or bank reference */
  record DocumentsSent(EventMeta meta, String reference) implements OrderEvent {
    /** Creates the event. */
    public DocumentsSent {
      Objects.requireNonNull(meta, "meta");
      Ids.requireValid(reference, "documents reference");
    }

    @Override
    public String describe() {
      return "documents sent (" + reference + ")";
    }
  }

  /** A balance payment arrived (尾款到账 / 收汇). @param amount the amount received */
  record BalanceReceived(EventMeta meta, Money amount) implements OrderEvent {
    /** Creates the event. */
    public BalanceReceived {
      Objects.requireNonNull(meta, "meta");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String describe() {
      return "balance received " + amount;
    }
  }

  /** The order was closed (结案). */
  record Closed(EventMeta meta) implements OrderEvent {
    /** Creates the event. */
    public Closed {
      Objects.requireNonNull(meta, "meta");
    }

    @Override
    public String describe() {
      return "order closed";
    }
  }

  /**
   * The order was amended (修改定单): a new revision replaces the old.
   *
   * @param order     the new revision
   * @param toReissue the issued documents that must be re-issued
   */
  record Amended(EventMeta meta, SalesOrder order, List<DocumentKind> toReissue) implements OrderEvent {
    /** Creates the event. */
    public Amended {
      Objects.requireNonNull(meta, "meta");
      Objects.requireNonNull(order, "order");
      toReissue = NullChecks.copyWithoutNulls(toReissue, "toReissue");
    }

    @Override
    public String describe() {
      return "amended to revision " + order.revision() + (toReissue.isEmpty() ? "" : ", re-issue " + toReissue);
    }
  }

  /** The order was put on hold (暂停); reason in the meta. */
  record PutOnHold(EventMeta meta) implements OrderEvent {
    /** Creates the event. */
    public PutOnHold {
      Objects.requireNonNull(meta, "meta");
    }

    @Override
    public String describe() {
      return "put on hold" + meta.reason().map(r -> ": " + r).orElse("");
    }
  }

  /** The order was resumed after a hold. */
  record Resumed(EventMeta meta) implements OrderEvent {
    /** Creates the event. */
    public Resumed {
      Objects.requireNonNull(meta, "meta");
    }

    @Override
    public String describe() {
      return "resumed";
    }
  }

  /**
   * The order was cancelled (取消定单); reason in the meta.
   *
   * @param toRecall the issued documents that must be recalled (生产单, 流程卡 …)
   */
  record Cancelled(EventMeta meta, List<DocumentKind> toRecall) implements OrderEvent {
    /** Creates the event. */
    public Cancelled {
      Objects.requireNonNull(meta, "meta");
      toRecall = NullChecks.copyWithoutNulls(toRecall, "toRecall");
    }

    @Override
    public String describe() {
      return "cancelled" + meta.reason().map(r -> ": " + r).orElse("") + (toRecall.isEmpty() ? "" : "; recall " + toRecall);
    }
  }

  /**
   * A delay was reported to the customer (交期延误报告); reason in the meta.
   *
   * @param newDeliveryDate the new expected delivery date
   */
  record DelayReported(EventMeta meta, LocalDate newDeliveryDate) implements OrderEvent {
    /** Creates the event. */
    public DelayReported {
      Objects.requireNonNull(meta, "meta");
      Objects.requireNonNull(newDeliveryDate, "newDeliveryDate");
    }

    @Override
    public String describe() {
      return "delay reported, new delivery date " + newDeliveryDate + meta.reason().map(r -> " (" + r + ")").orElse("");
    }
  }
}
