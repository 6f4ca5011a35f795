package org.gendan.scheduling.schedule.internal;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Conversion between factory time and epoch minutes (minutes since 1970-01-01T00:00, zone-less). */
public final class Minutes {
  private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

  private Minutes() {}

  /** The epoch minute of an instant (seconds are dropped). */
  public static long of(LocalDateTime t) {
    return ChronoUnit.MINUTES.between(EPOCH, t);
  }

  /** The instant of an epoch minute. */
  public static LocalDateTime toTime(long m) {
    return EPOCH.plusMinutes(m);
  }
}
