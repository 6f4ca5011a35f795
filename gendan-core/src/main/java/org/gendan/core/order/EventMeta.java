package org.gendan.core.order;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Ids;

/**
 * When, by whom and why an event was recorded. Every {@link OrderEvent} carries one.
 *
 * @param at     the local date-time in the factory's zone, from the injected {@code Clock}
 * @param actor  who recorded it (user name, system name)
 * @param reason why, where it matters (hold, cancellation, QC failure, delay, amendment)
 */
public record EventMeta(LocalDateTime at, String actor, Optional<String> reason) {
  /** Creates the meta data. */
  public EventMeta {
    Objects.requireNonNull(at, "at");
    Ids.requireValid(actor, "actor");
    Objects.requireNonNull(reason, "reason");
    reason.ifPresent(r -> Ids.requireText(r, "reason", 2000));
  }
}
