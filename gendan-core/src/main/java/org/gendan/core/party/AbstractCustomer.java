package org.gendan.core.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.PaymentTerms;
import org.immutables.value.Value;

/**
 * A customer (客户): who orders, from where, how important they are and what they usually agree to.
 *
 * <p>Build with {@code Customer.builder()}; id, English name, country and tier are required.
 */
@Value.Immutable
@JsonSerialize(as = Customer.class)
@JsonDeserialize(as = Customer.class)
abstract class AbstractCustomer {

  /** The customer's id in the host system. */
  public abstract CustomerId id();

  /** The English (or Latin-script) name, as printed on documents. */
  public abstract String nameEn();

  /** The Chinese name (客户中文名), if any. */
  public abstract Optional<String> nameZh();

  /** The customer's country. */
  public abstract CountryCode country();

  /** The sales region, e.g. "EU", "North America", "华东", if the company uses regions. */
  public abstract Optional<String> region();

  /** The customer classification (客户分类). */
  public abstract CustomerTier tier();

  /** Payment terms the customer usually agrees to; an order without terms falls back to these. */
  public abstract Optional<PaymentTerms> defaultPaymentTerms();

  /** Trade term the customer usually buys on. */
  public abstract Optional<Incoterm> defaultIncoterm();

  /** The sales representative (业务员) responsible for the customer. */
  public abstract Optional<String> salesRep();

  @Value.Check
  protected void check() {
    Ids.requireText(nameEn(), "customer English name", 200);
    if (nameEn().isBlank()) {
      throw new IllegalArgumentException("customer " + id() + " needs an English name");
    }
    nameZh().ifPresent(n -> Ids.requireText(n, "customer Chinese name", 200));
    region().ifPresent(r -> Ids.requireText(r, "region", 100));
    salesRep().ifPresent(r -> Ids.requireText(r, "sales rep", 100));
  }
}
