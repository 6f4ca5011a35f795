package org.gendan.documents.calc;

/** How the cents of an amount are written in English words; all four are read back by the parser. */
public enum CentsStyle {
  /** {@code … AND CENTS SIXTY-SEVEN ONLY}, the default in Chinese export documents. */
  CENTS_FIRST,
  /** {@code … AND SIXTY-SEVEN CENTS ONLY}. */
  CENTS_LAST,
  /** {@code … AND POINT SIXTY-SEVEN ONLY} (cents below ten as {@code POINT ZERO FIVE}). */
  POINT,
  /** {@code … AND 67/100 ONLY}, as on cheques. */
  FRACTION
}
