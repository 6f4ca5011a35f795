package org.gendan.documents.model;

import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.party.CountryCode;

/**
 * A party as printed on a document: seller (beneficiary under an L/C) or buyer (applicant).
 *
 * @param name    the name; not blank
 * @param address the address, if printed
 * @param country the country
 */
public record DocumentParty(String name, Optional<String> address, CountryCode country) {
  /** Creates the party. @throws IllegalArgumentException if the name is blank or a text too long */
  public DocumentParty {
    Ids.requireNonBlankText(name, "party name", 200);
    Objects.requireNonNull(address, "address");
    address.ifPresent(a -> Ids.requireText(a, "party address", 500));
    Objects.requireNonNull(country, "country");
  }
}
