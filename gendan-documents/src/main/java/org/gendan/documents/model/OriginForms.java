package org.gendan.documents.model;

import io.vavr.control.Either;
import java.util.Objects;
import java.util.Set;
import org.gendan.core.Rejection;
import org.gendan.core.order.OriginCertificate;
import org.gendan.core.party.CountryCode;

/**
 * Which certificate of origin a shipment gets, by destination: a GSP Form A where the destination
 * country still grants GSP preferences to Chinese goods, a general C/O otherwise.
 *
 * <p>The set of Form A countries is data the host supplies, because it changes by announcement (China's
 * customs stopped issuing Form A for the EU member states, the UK, Canada, Turkey and others from
 * 1 December 2021). {@link #generalOnly()} knows no Form A country.
 */
public final class OriginForms {

  /** The issuing body of a general C/O. */
  public static final String CCPIT = "中国国际贸易促进委员会 / CCPIT";
  /** The issuing body of a Form A. */
  public static final String CUSTOMS = "海关 / CHINA CUSTOMS (INSPECTION AUTHORITY)";

  private final Set<CountryCode> formA;

  private OriginForms(Set<CountryCode> formA) {
    this.formA = formA;
  }

  /** Rules under which every destination gets a general C/O. */
  public static OriginForms generalOnly() {
    return new OriginForms(Set.of());
  }

  /** Rules under which the given destination countries accept a GSP Form A. */
  public static OriginForms withFormA(Set<CountryCode> countries) {
    Objects.requireNonNull(countries, "countries");
    countries.forEach(c -> Objects.requireNonNull(c, "country"));
    return new OriginForms(Set.copyOf(countries));
  }

  /**
   * The form for an order that needs {@code required}, shipped to {@code destination}.
   *
   * @return {@code GENERAL_CO} or {@code FORM_A}, or a rejection: {@code CO_NOT_REQUIRED} (the order
   *         needs no certificate), {@code CO_FORM_UNSUPPORTED} (a preferential form other than Form A),
   *         {@code FORM_A_NOT_ACCEPTED} (the order asks for Form A but the destination grants no GSP)
   */
  public Either<Rejection, OriginCertificate> formFor(OriginCertificate required, CountryCode destination) {
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(destination, "destination");
    switch (required) {
      case NONE:
        return Either.left(Rejection.of("CO_NOT_REQUIRED", "the order needs no certificate of origin (无需产地证)"));
      case OTHER:
        return Either.left(Rejection.of("CO_FORM_UNSUPPORTED", "the order needs a preferential certificate other than Form A "
            + "(e.g. Form E, RCEP); gendan makes general C/O and Form A applications only"));
      case FORM_A:
        return formA.contains(destination) ? Either.right(OriginCertificate.FORM_A)
            : Either.left(Rejection.of("FORM_A_NOT_ACCEPTED", destination.value() + " (" + destination.englishName()
                + ") grants no GSP preference to Chinese goods, so no Form A (普惠制产地证) can be issued; apply for a general C/O"));
      default:
        return Either.right(formA.contains(destination) ? OriginCertificate.FORM_A : OriginCertificate.GENERAL_CO);
    }
  }

  /** The body that issues {@code form}. */
  public static String issuingBody(OriginCertificate form) {
    return Objects.requireNonNull(form, "form") == OriginCertificate.FORM_A ? CUSTOMS : CCPIT;
  }
}
