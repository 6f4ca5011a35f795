package org.gendan.core.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.gendan.core.Ids;
import org.immutables.value.Value;

/**
 * A supplier (供应商): a factory that makes goods for a trading company, or a vendor of materials.
 *
 * <p>Build with {@code Supplier.builder()}; id, Chinese name and kind are required.
 */
@Value.Immutable
@JsonSerialize(as = Supplier.class)
@JsonDeserialize(as = Supplier.class)
abstract class AbstractSupplier {

  /** The supplier's id. */
  public abstract SupplierId id();

  /** The registered (usually Chinese) name, as on a purchase contract (购货合同). */
  public abstract String name();

  /** The English name, if any. */
  public abstract Optional<String> nameEn();

  /** What the supplier supplies. */
  public abstract SupplierKind kind();

  /** The supplier's country (CN when not given). */
  @Value.Default
  public CountryCode country() {
    return CountryCode.of("CN");
  }

  /** The city or district of the factory; the statutory inspection is applied for there. */
  public abstract Optional<String> city();

  /** The contact person and phone. */
  public abstract Optional<String> contact();

  @Value.Check
  protected void check() {
    Ids.requireText(name(), "supplier name", 200);
    if (name().isBlank()) {
      throw new IllegalArgumentException("supplier " + id() + " needs a name");
    }
    nameEn().ifPresent(n -> Ids.requireText(n, "supplier English name", 200));
    city().ifPresent(n -> Ids.requireText(n, "supplier city", 100));
    contact().ifPresent(n -> Ids.requireText(n, "supplier contact", 200));
  }
}
