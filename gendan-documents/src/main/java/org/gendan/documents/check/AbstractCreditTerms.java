package org.gendan.documents.check;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.money.Money;
import org.gendan.core.party.CountryCode;
import org.gendan.core.terms.Incoterm;
import org.immutables.value.Value;

/**
 * The terms of a documentary credit (L/C) that the documents are checked against. Build with
 * {@code CreditTerms.builder()}.
 */
@Value.Immutable
@JsonSerialize(as = CreditTerms.class)
@JsonDeserialize(as = CreditTerms.class)
abstract class AbstractCreditTerms {

  /** The credit number (field 20). */
  public abstract String number();

  /** The credit amount (field 32B). */
  public abstract Money amount();

  /** An explicit tolerance in percent (field 39A, e.g. 5 for 5/5), if any. */
  public abstract Optional<BigDecimal> tolerancePercent();

  /** Whether the amount, quantity and unit price are qualified by "about" / "approximately" (±10%). */
  @Value.Default
  public boolean about() {
    return false;
  }

  /** The quantity of goods stated in the credit, if any. */
  public abstract Optional<Quantity> quantity();

  /** The latest shipment date (field 44C). */
  public abstract LocalDate latestShipmentDate();

  /** The expiry date for presentation (field 31D). */
  public abstract LocalDate expiryDate();

  /** The period for presentation in days after shipment (field 48), 21 when the credit is silent. */
  @Value.Default
  public int presentationDays() {
    return 21;
  }

  /** The beneficiary's name (field 59). */
  public abstract String beneficiary();

  /** The beneficiary's country. */
  public abstract Optional<CountryCode> beneficiaryCountry();

  /** The applicant's name (field 50). */
  public abstract String applicant();

  /** The applicant's country. */
  public abstract Optional<CountryCode> applicantCountry();

  /** The description of goods (field 45A). */
  public abstract Optional<String> goodsDescription();

  /** The trade term stated in the credit. */
  public abstract Optional<Incoterm> incoterm();

  /** The port of loading (field 44E). */
  public abstract Optional<String> portOfLoading();

  /** The port of discharge (field 44F). */
  public abstract Optional<String> portOfDischarge();

  /** Whether partial shipments are allowed (field 43P); allowed unless prohibited (UCP 600 art. 31(a)). */
  @Value.Default
  public boolean partialShipmentsAllowed() {
    return true;
  }

  /** Days (other than Saturdays and Sundays) on which the nominated bank is closed, for art. 29(a). */
  public abstract List<LocalDate> bankClosedDays();

  @Value.Check
  protected void check() {
    Ids.requireValid(number(), "credit number");
    if (!amount().isPositive()) {
      throw new IllegalArgumentException("credit amount must be positive: " + amount());
    }
    tolerancePercent().ifPresent(t -> {
      if (t.signum() < 0 || t.compareTo(BigDecimal.valueOf(50)) > 0) {
        throw new IllegalArgumentException("credit tolerance must be 0..50 percent: " + t.toPlainString());
      }
    });
    if (about() && tolerancePercent().isPresent()) {
      throw new IllegalArgumentException("a credit states either 'about' or an explicit tolerance, not both");
    }
    quantity().ifPresent(q -> {
      if (!q.isPositive()) {
        throw new IllegalArgumentException("credit quantity must be positive: " + q);
      }
    });
    if (presentationDays() <= 0 || presentationDays() > 365) {
      throw new IllegalArgumentException("presentation period must be 1..365 days: " + presentationDays());
    }
    Ids.requireNonBlankText(beneficiary(), "beneficiary", 200);
    Ids.requireNonBlankText(applicant(), "applicant", 200);
    goodsDescription().ifPresent(d -> Ids.requireText(d, "goods description", 4000));
    portOfLoading().ifPresent(d -> Ids.requireText(d, "port of loading", 100));
    portOfDischarge().ifPresent(d -> Ids.requireText(d, "port of discharge", 100));
  }
}
