package org.gendan.scheduling.resource;

import java.util.Objects;

/**
 * The id of a work-center group (工作中心组), e.g. {@code SEWING}: the set of parallel lines an
 * operation may run on.
 *
 * @param value the id; 1..64 characters, no leading or trailing blanks
 */
public record WorkCenterGroupId(String value) implements Comparable<WorkCenterGroupId> {
  /** Creates the id. @throws IllegalArgumentException if the value is blank, padded or too long */
  public WorkCenterGroupId {
    LineId.requireId(value, "work-center group id");
  }

  /** The id with the given value. */
  public static WorkCenterGroupId of(String value) {
    return new WorkCenterGroupId(value);
  }

  @Override
  public int compareTo(WorkCenterGroupId o) {
    Objects.requireNonNull(o, "o");
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
