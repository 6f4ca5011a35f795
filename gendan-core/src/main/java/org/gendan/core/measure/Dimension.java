package org.gendan.core.measure;

/**
 * What a {@link Unit} measures. Units of the same dimension convert by a fixed factor; units of
 * different dimensions convert only through an item's own conversions (a carton of this item holds 24
 * pieces, a metre of this fabric weighs 0.2 kg).
 */
public enum Dimension {
  /** Individual pieces (PCS, DOZ). */
  COUNT,
  /** Sets of several pieces sold as one. */
  SET,
  /** Pairs (shoes, socks, gloves). */
  PAIR,
  /** Packing units whose content depends on the item (cartons, rolls, bales). */
  PACKAGE,
  /** Mass (kilogram base). */
  MASS,
  /** Length (metre base). */
  LENGTH,
  /** Area (square metre base). */
  AREA,
  /** Volume (cubic metre base). */
  VOLUME
}
