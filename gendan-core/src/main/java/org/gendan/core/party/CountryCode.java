package org.gendan.core.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code (US, DE, CN, JP …).
 *
 * @param value the upper-case two-letter code
 */
public record CountryCode(@JsonValue String value) {

  private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

  /** Creates the code. @throws IllegalArgumentException if it is not an ISO 3166-1 alpha-2 code */
  public CountryCode {
    Objects.requireNonNull(value, "country code");
    if (!KNOWN.contains(value)) {
      throw new IllegalArgumentException("unknown country code '" + value + "' (expected ISO 3166-1 alpha-2, e.g. US, DE, CN)");
    }
  }

  /** The code, accepting lower case. */
  @JsonCreator
  public static CountryCode of(String value) {
    Objects.requireNonNull(value, "country code");
    return new CountryCode(value.strip().toUpperCase(Locale.ROOT));
  }

  /** The country's English name, e.g. Germany. */
  public String englishName() {
    return new Locale("", value).getDisplayCountry(Locale.ENGLISH);
  }

  @Override
  public String toString() {
    return value;
  }
}
