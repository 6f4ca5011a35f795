package org.gendan.core.order;

import java.util.List;
import java.util.Objects;

/** Null checks shared by events and commands, with messages naming the argument. */
final class NullChecks {
  private NullChecks() {}

  /** An immutable copy of {@code list}; a null list or null element is rejected naming {@code what}. */
  static <T> List<T> copyWithoutNulls(List<T> list, String what) {
    Objects.requireNonNull(list, what);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new NullPointerException(what + " contains null at index " + i);
      }
    }
    return List.copyOf(list);
  }
}
