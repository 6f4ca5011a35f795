package org.gendan.core.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Ids;

/**
 * Who is recording a command, with the clock that says when. The clock's zone should be the factory's.
 *
 * @param clock the clock events take their time from
 * @param actor who records the command
 */
public record CommandContext(Clock clock, String actor) {
  /** Creates the context. */
  public CommandContext {
    Objects.requireNonNull(clock, "clock");
    Ids.requireValid(actor, "actor");
  }

  /** A context for {@code actor} on {@code clock}. */
  public static CommandContext of(Clock clock, String actor) {
    return new CommandContext(clock, actor);
  }

  /** Event meta data for now, with an optional reason. */
  public EventMeta meta(Optional<String> reason) {
    return new EventMeta(LocalDateTime.now(clock), actor, reason);
  }
}
