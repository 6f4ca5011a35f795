package org.gendan.core.order;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gendan.core.Ids;
import org.gendan.core.money.Money;

/**
 * Something a 跟单员 wants to record on an order, in the imperative. {@link Order#handle} checks it
 * against the order's guards and either records the matching {@link OrderEvent} or returns a
 * {@link org.gendan.core.Rejection}. Commands that need a reason (hold, cancel, reject a sample, fail
 * QC, report a delay, amend) carry it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OrderCommand.ConfirmInWriting.class, name = "ConfirmInWriting"),
    @JsonSubTypes.Type(value = OrderCommand.RecordReview.class, name = "RecordReview"),
    @JsonSubTypes.Type(value = OrderCommand.ReceiveDeposit.class, name = "ReceiveDeposit"),
    @JsonSubTypes.Type(value = OrderCommand.SubmitSample.class, name = "SubmitSample"),
    @JsonSubTypes.Type(value = OrderCommand.ApproveSample.class, name = "ApproveSample"),
    @JsonSubTypes.Type(value = OrderCommand.RejectSample.class, name = "RejectSample"),
    @JsonSubTypes.Type(value = OrderCommand.IssueDocument.class, name = "IssueDocument"),
    @JsonSubTypes.Type(value = OrderCommand.ReleaseToProduction.class, name = "ReleaseToProduction"),
    @JsonSubTypes.Type(value = OrderCommand.ReportProgress.class, name = "ReportProgress"),
    @JsonSubTypes.Type(value = OrderCommand.BookQcInspection.class, name = "BookQcInspection"),
    @JsonSubTypes.Type(value = OrderCommand.PassQc.class, name = "PassQc"),
    @JsonSubTypes.Type(value = OrderCommand.FailQc.class, name = "FailQc"),
    @JsonSubTypes.Type(value = OrderCommand.ReceiveInspectionVoucher.class, name = "ReceiveInspectionVoucher"),
    @JsonSubTypes.Type(value = OrderCommand.BookShipment.class, name = "BookShipment"),
    @JsonSubTypes.Type(value = OrderCommand.ClearCustoms.class, name = "ClearCustoms"),
    @JsonSubTypes.Type(value = OrderCommand.Ship.class, name = "Ship"),
    @JsonSubTypes.Type(value = OrderCommand.SendDocuments.class, name = "SendDocuments"),
    @JsonSubTypes.Type(value = OrderCommand.ReceiveBalance.class, name = "ReceiveBalance"),
    @JsonSubTypes.Type(value = OrderCommand.Close.class, name = "Close"),
    @JsonSubTypes.Type(value = OrderCommand.Amend.class, name = "Amend"),
    @JsonSubTypes.Type(value = OrderCommand.PutOnHold.class, name = "PutOnHold"),
    @JsonSubTypes.Type(value = OrderCommand.Resume.class, name = "Resume"),
    @JsonSubTypes.Type(value = OrderCommand.Cancel.class, name = "Cancel"),
    @JsonSubTypes.Type(value = OrderCommand.ReportDelay.class, name = "ReportDelay")
})
public sealed interface OrderCommand {

  /**
   * Record the customer's written confirmation of a verbal order (or of an amendment that came without
   * one); the sales order is then marked as confirmed in writing.
   *
   * @param reference the confirming document (signed PI, e-mail)
   */
  record ConfirmInWriting(String reference) implements OrderCommand {
    /** Creates the command. */
    public ConfirmInWriting {
      Ids.requireValid(reference, "confirmation reference");
    }
  }

  /**
   * Record the outcome of order review (审单) for a revision. Build it with
   * {@code ReviewReport.toCommand()}.
   *
   * @param revision the revision reviewed
   * @param errors   the error findings' messages; any error blocks the review
   * @param warnings the warnings' messages, accepted with the review
   */
  record RecordReview(int revision, List<String> errors, List<String> warnings) implements OrderCommand {
    /** Creates the command. */
    public RecordReview {
      errors = NullChecks.copyWithoutNulls(errors, "errors");
      warnings = NullChecks.copyWithoutNulls(warnings, "warnings");
      if (revision < 0) {
        throw new IllegalArgumentException("the reviewed revision must not be negative: " + revision);
      }
    }
  }

  /** Record a deposit received. @param amount the amount, in the order currency */
  record ReceiveDeposit(Money amount) implements OrderCommand {
    /** Creates the command. */
    public ReceiveDeposit {
      Objects.requireNonNull(amount, "amount");
    }
  }

  /** Record that a sample was sent to the customer. @param reference the sample's reference */
  record SubmitSample(String reference) implements OrderCommand {
    /** Creates the command. */
    public SubmitSample {
      Ids.requireValid(reference, "sample reference");
    }
  }

  /** Record the customer's approval of the submitted sample. */
  record ApproveSample() implements OrderCommand {}

  /** Record the customer's rejection of the submitted sample. @param reason the customer's comments */
  record RejectSample(String reason) implements OrderCommand {
    /** Creates the command. */
    public RejectSample {
      Ids.requireNonBlankText(reason, "reason", 2000);
    }
  }

  /**
   * Record that a document was issued.
   *
   * @param kind   the document kind
   * @param number its number
   */
  record IssueDocument(DocumentKind kind, String number) implements OrderCommand {
    /** Creates the command. */
    public IssueDocument {
      Objects.requireNonNull(kind, "kind");
      Ids.requireValid(number, "document number");
    }
  }

  /** Release the order to production, issuing the production order and flow card. */
  record ReleaseToProduction() implements OrderCommand {}

  /** Report production progress. @param percentComplete 0..100; 100 finishes production */
  record ReportProgress(int percentComplete) implements OrderCommand {}

  /** Book the customer's QC inspection. @param inspectionDate the agreed date */
  record BookQcInspection(LocalDate inspectionDate) implements OrderCommand {
    /** Creates the command. */
    public BookQcInspection {
      Objects.requireNonNull(inspectionDate, "inspectionDate");
    }
  }

  /** Record that the QC inspection passed. */
  record PassQc() implements OrderCommand {}

  /** Record that the QC inspection failed. @param reason the inspector's findings */
  record FailQc(String reason) implements OrderCommand {
    /** Creates the command. */
    public FailQc {
      Ids.requireNonBlankText(reason, "reason", 2000);
    }
  }

  /** Record the statutory-inspection exchange voucher. @param voucher the voucher */
  record ReceiveInspectionVoucher(InspectionVoucher voucher) implements OrderCommand {
    /** Creates the command. */
    public ReceiveInspectionVoucher {
      Objects.requireNonNull(voucher, "voucher");
    }
  }

  /**
   * Record the shipping booking.
   *
   * @param bookingReference the booking number
   * @param etd              the estimated time of departure
   */
  record BookShipment(String bookingReference, LocalDate etd) implements OrderCommand {
    /** Creates the command. */
    public BookShipment {
      Ids.requireValid(bookingReference, "booking reference");
      Objects.requireNonNull(etd, "etd");
    }
  }

  /**
   * Record customs clearance of the export declaration.
   *
   * @param declarationNumber the declaration number
   * @param declaredAmount    the declared value, in the order currency
   */
  record ClearCustoms(String declarationNumber, Money declaredAmount) implements OrderCommand {
    /** Creates the command. */
    public ClearCustoms {
      Ids.requireValid(declarationNumber, "declaration number");
      Objects.requireNonNull(declaredAmount, "declaredAmount");
    }
  }

  /**
   * Record the shipment.
   *
   * @param shippedOn         the on-board date
   * @param transportDocument the B/L, air waybill or warehouse receipt number
   * @param shippedAmount     the invoice value shipped, in the order currency
   */
  record Ship(LocalDate shippedOn, String transportDocument, Money shippedAmount) implements OrderCommand {
    /** Creates the command. */
    public Ship {
      Objects.requireNonNull(shippedOn, "shippedOn");
      Ids.requireValid(transportDocument, "transport document");
      Objects.requireNonNull(shippedAmount, "shippedAmount");
    }
  }

  /** Record that the shipping documents were sent. @param reference the courier or bank reference */
  record SendDocuments(String reference) implements OrderCommand {
    /** Creates the command. */
    public SendDocuments {
      Ids.requireValid(reference, "documents reference");
    }
  }

  /** Record a balance payment received. @param amount the amount, in the order currency */
  record ReceiveBalance(Money amount) implements OrderCommand {
    /** Creates the command. */
    public ReceiveBalance {
      Objects.requireNonNull(amount, "amount");
    }
  }

  /** Close the order once its scope's last milestone is met. */
  record Close() implements OrderCommand {}

  /**
   * Amend the order: the given order becomes the next revision (its revision number is set by the
   * lifecycle).
   *
   * @param order  the amended order; same id and customer
   * @param reason what changed and why
   */
  record Amend(SalesOrder order, String reason) implements OrderCommand {
    /** Creates the command. */
    public Amend {
      Objects.requireNonNull(order, "order");
      Ids.requireNonBlankText(reason, "reason", 2000);
    }
  }

  /** Put the order on hold. @param reason why */
  record PutOnHold(String reason) implements OrderCommand {
    /** Creates the command. */
    public PutOnHold {
      Ids.requireNonBlankText(reason, "reason", 2000);
    }
  }

  /** Resume the order after a hold. */
  record Resume() implements OrderCommand {}

  /** Cancel the order. @param reason why */
  record Cancel(String reason) implements OrderCommand {
    /** Creates the command. */
    public Cancel {
      Ids.requireNonBlankText(reason, "reason", 2000);
    }
  }

  /**
   * Report a delay to the customer.
   *
   * @param newDeliveryDate the new expected delivery date
   * @param reason          the cause of the delay
   */
  record ReportDelay(LocalDate newDeliveryDate, String reason) implements OrderCommand {
    /** Creates the command. */
    public ReportDelay {
      Objects.requireNonNull(newDeliveryDate, "newDeliveryDate");
      Ids.requireNonBlankText(reason, "reason", 2000);
    }
  }
}
