package org.gendan.core.measure;

/**
 * Thrown when quantities of units that do not convert into each other are combined (pieces plus
 * kilograms). Convert through the item's {@link UnitConversions} first.
 */
public final class UnitMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for the two units involved. */
  public UnitMismatchException(Unit first, Unit second) {
    super("unit mismatch: " + first + " and " + second + " do not convert into each other; use the item's unit conversions");
  }
}
