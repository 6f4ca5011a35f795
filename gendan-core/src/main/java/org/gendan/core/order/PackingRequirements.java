package org.gendan.core.order;

import java.util.Objects;
import org.gendan.core.Ids;

/**
 * The customer's packing requirements (包装要求), as written on the production order: e.g. "each piece
 * in a polybag, 12 pcs per inner box, 48 pcs per export carton, 5-ply carton".
 *
 * @param description the requirements in words; not blank
 * @param thisSideUp  whether cartons must stay upright (THIS SIDE UP), which limits container stowage
 */
public record PackingRequirements(String description, boolean thisSideUp) {
  /** Creates the requirements. */
  public PackingRequirements {
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException("packing requirements must not be blank");
    }
    Ids.requireText(description, "packing requirements", 2000);
  }

  /** Requirements from a description, cartons may be turned. */
  public static PackingRequirements of(String description) {
    return new PackingRequirements(description, false);
  }
}
