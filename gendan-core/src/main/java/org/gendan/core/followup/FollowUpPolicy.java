package org.gendan.core.followup;

/**
 * How milestones are back-scheduled from the delivery date (D), in calendar days. Defaults follow
 * common practice in export follow-up:
 * <ul>
 *   <li>shipment on D; customs clearance {@code customsDaysBeforeDelivery} (2) before;</li>
 *   <li>booking about {@code bookingDaysBeforeDelivery} (10) days before — first confirm with the
 *       factory that it will deliver on time, then book;</li>
 *   <li>statutory inspection applied for {@code statutoryInspectionDaysBeforeDelivery} (14) days
 *       before — one to two weeks before delivery;</li>
 *   <li>certificate of origin at least {@code originCertificateDaysBeforeDelivery} (7) days before
 *       shipment;</li>
 *   <li>customer QC inspection {@code qcDaysBeforeDelivery} (5) days before, booked
 *       {@code qcBookingDaysBeforeInspection} (7) days before the inspection;</li>
 *   <li>production finished {@code productionFinishDaysBeforeDelivery} (6) days before, started
 *       {@code productionDays} (21) days before it finishes; materials in
 *       {@code materialsDaysBeforeProduction} (2) days before production starts;</li>
 *   <li>sample approved {@code sampleDaysBeforeProduction} (10) days before production starts;</li>
 *   <li>deposit {@code depositDaysAfterOrder} (7) days after the order date, but no later than the
 *       materials are due;</li>
 *   <li>documents sent {@code documentsDaysAfterShipment} (5) days after shipment; the balance on its
 *       payment terms (before shipment: {@code balanceDaysBeforeShipment} (3) days before D; against
 *       documents: with the documents; N days after shipment: D + N; L/C at sight: documents + 7).</li>
 * </ul>
 * A milestone date that would fall before the order date is moved to the order date.
 *
 * @param bookingDaysBeforeDelivery             booking lead
 * @param statutoryInspectionDaysBeforeDelivery 法检 application lead
 * @param originCertificateDaysBeforeDelivery   C/O application lead
 * @param customsDaysBeforeDelivery             customs clearance lead
 * @param qcDaysBeforeDelivery                  QC inspection lead
 * @param qcBookingDaysBeforeInspection         how early the QC inspection is booked
 * @param productionFinishDaysBeforeDelivery    production finish lead
 * @param productionDays                        planned production duration
 * @param materialsDaysBeforeProduction         materials-in lead before production start
 * @param sampleDaysBeforeProduction            sample approval lead before production start
 * @param depositDaysAfterOrder                 deposit due after the order date
 * @param documentsDaysAfterShipment            documents sent after shipment
 * @param balanceDaysBeforeShipment             balance-before-shipment lead
 * @param dueSoonDays                           how far ahead the worklist looks (due this week = 6)
 */
public record FollowUpPolicy(
    int bookingDaysBeforeDelivery,
    int statutoryInspectionDaysBeforeDelivery,
    int originCertificateDaysBeforeDelivery,
    int customsDaysBeforeDelivery,
    int qcDaysBeforeDelivery,
    int qcBookingDaysBeforeInspection,
    int productionFinishDaysBeforeDelivery,
    int productionDays,
    int materialsDaysBeforeProduction,
    int sampleDaysBeforeProduction,
    int depositDaysAfterOrder,
    int documentsDaysAfterShipment,
    int balanceDaysBeforeShipment,
    int dueSoonDays) {

  /** The defaults described above. */
  public static final FollowUpPolicy DEFAULT = new FollowUpPolicy(10, 14, 7, 2, 5, 7, 6, 21, 2, 10, 7, 5, 3, 6);

  /** Checks every value is 0..365 days. */
  public FollowUpPolicy {
    int[] all = {bookingDaysBeforeDelivery, statutoryInspectionDaysBeforeDelivery, originCertificateDaysBeforeDelivery,
        customsDaysBeforeDelivery, qcDaysBeforeDelivery, qcBookingDaysBeforeInspection, productionFinishDaysBeforeDelivery,
        productionDays, materialsDaysBeforeProduction, sampleDaysBeforeProduction, depositDaysAfterOrder,
        documentsDaysAfterShipment, balanceDaysBeforeShipment, dueSoonDays};
    for (int v : all) {
      if (v < 0 || v > 365) {
        throw new IllegalArgumentException("follow-up offsets must be 0..365 days, got " + v);
      }
    }
  }

  /** This policy with another planned production duration. */
  public FollowUpPolicy withProductionDays(int days) {
    return new FollowUpPolicy(bookingDaysBeforeDelivery, statutoryInspectionDaysBeforeDelivery, originCertificateDaysBeforeDelivery,
        customsDaysBeforeDelivery, qcDaysBeforeDelivery, qcBookingDaysBeforeInspection, productionFinishDaysBeforeDelivery,
        days, materialsDaysBeforeProduction, sampleDaysBeforeProduction, depositDaysAfterOrder, documentsDaysAfterShipment,
        balanceDaysBeforeShipment, dueSoonDays);
  }
}
