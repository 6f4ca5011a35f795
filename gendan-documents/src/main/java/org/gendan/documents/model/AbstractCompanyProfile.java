package org.gendan.documents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.party.CountryCode;
import org.immutables.value.Value;

/**
 * The issuing company's profile (公司资料) as printed on its documents: the seller and, under an L/C,
 * the beneficiary. Build with {@code CompanyProfile.builder()}.
 */
@Value.Immutable
@JsonSerialize(as = CompanyProfile.class)
@JsonDeserialize(as = CompanyProfile.class)
abstract class AbstractCompanyProfile {

  /** The English name, e.g. NINGBO SUNRISE GARMENT CO., LTD. */
  public abstract String nameEn();

  /** The Chinese name (公司中文名). */
  public abstract Optional<String> nameZh();

  /** The address as printed. */
  public abstract String address();

  /** The country (CN for a Chinese exporter). */
  public abstract CountryCode country();

  /** Telephone. */
  public abstract Optional<String> phone();

  /** E-mail. */
  public abstract Optional<String> email();

  /** Bank details for T/T payments (beneficiary bank, SWIFT, account), as printed on a PI. */
  public abstract Optional<String> bankDetails();

  /** The seller as a document party. */
  public DocumentParty toParty() {
    return new DocumentParty(nameEn(), Optional.of(address()), country());
  }

  @Value.Check
  protected void check() {
    Ids.requireNonBlankText(nameEn(), "company English name", 200);
    nameZh().ifPresent(n -> Ids.requireText(n, "company Chinese name", 200));
    Ids.requireNonBlankText(address(), "company address", 500);
    phone().ifPresent(n -> Ids.requireText(n, "phone", 50));
    email().ifPresent(n -> Ids.requireText(n, "email", 100));
    bankDetails().ifPresent(n -> Ids.requireText(n, "bank details", 1000));
  }
}
