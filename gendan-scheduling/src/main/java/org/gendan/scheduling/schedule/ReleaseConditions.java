package org.gendan.scheduling.schedule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates from which an order line may go into production: material ready (from MRP or the
 * warehouse), deposit received (定金), sample approved (样品确认). Each is the actual or expected date;
 * an empty one imposes nothing.
 *
 * @param materialReady   the date the materials are ready
 * @param depositReceived the date the deposit arrived or is expected
 * @param sampleApproved  the date the sample was or will be approved
 */
public record ReleaseConditions(Optional<LocalDate> materialReady, Optional<LocalDate> depositReceived, Optional<LocalDate> sampleApproved) {

  /** No condition: the line may start at once. */
  public static final ReleaseConditions NONE = new ReleaseConditions(Optional.empty(), Optional.empty(), Optional.empty());

  /** Creates the value. */
  public ReleaseConditions {
    Objects.requireNonNull(materialReady, "materialReady");
    Objects.requireNonNull(depositReceived, "depositReceived");
    Objects.requireNonNull(sampleApproved, "sampleApproved");
  }

  /** These conditions with the material-ready date. */
  public ReleaseConditions withMaterialReady(LocalDate date) {
    return new ReleaseConditions(Optional.of(Objects.requireNonNull(date, "date")), depositReceived, sampleApproved);
  }

  /** These conditions with the deposit date. */
  public ReleaseConditions withDepositReceived(LocalDate date) {
    return new ReleaseConditions(materialReady, Optional.of(Objects.requireNonNull(date, "date")), sampleApproved);
  }

  /** These conditions with the sample-approval date. */
  public ReleaseConditions withSampleApproved(LocalDate date) {
    return new ReleaseConditions(materialReady, depositReceived, Optional.of(Objects.requireNonNull(date, "date")));
  }

  /** The latest of the dates and which condition it is; ties go to material, then deposit, then sample. */
  public Optional<Latest> latest() {
    Latest best = null;
    if (materialReady.isPresent()) {
      best = new Latest(materialReady.get(), ReleaseCause.MATERIAL_READY);
    }
    if (depositReceived.isPresent() && (best == null || depositReceived.get().isAfter(best.date()))) {
      best = new Latest(depositReceived.get(), ReleaseCause.DEPOSIT_RECEIVED);
    }
    if (sampleApproved.isPresent() && (best == null || sampleApproved.get().isAfter(best.date()))) {
      best = new Latest(sampleApproved.get(), ReleaseCause.SAMPLE_APPROVED);
    }
    return Optional.ofNullable(best);
  }

  /**
   * The deciding release condition.
   *
   * @param date  its date
   * @param cause which condition
   */
  public record Latest(LocalDate date, ReleaseCause cause) {
    /** Creates the value. */
    public Latest {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(cause, "cause");
    }
  }
}
