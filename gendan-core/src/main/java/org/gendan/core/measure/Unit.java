package org.gendan.core.measure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A unit of measure as written on export documents (PCS, SETS, PAIRS, DOZ, CTNS, KGS, M, YDS, CBM …).
 *
 * <p>Each unit has a {@link Dimension} and a fixed factor to that dimension's base unit (1 DOZ = 12
 * PCS, 1 YD = 0.9144 M, 1 LB = 0.45359237 KG). {@link #isCounted()} tells whether the unit counts
 * individual items or packing units, which matters for the ±5% quantity tolerance of UCP 600 art. 30(b).
 */
public enum Unit {
  /** Pieces (件/个/只), the base counting unit. */
  PCS(Dimension.COUNT, "1", true, "件"),
  /** Dozen = 12 pieces (打). */
  DOZ(Dimension.COUNT, "12", true, "打"),
  /** Sets (套). */
  SET(Dimension.SET, "1", true, "套"),
  /** Pairs (双). */
  PAIR(Dimension.PAIR, "1", true, "双"),
  /** Cartons (箱), the usual export packing unit. */
  CTN(Dimension.PACKAGE, "1", true, "箱"),
  /** Rolls (卷), e.g. fabric. */
  ROLL(Dimension.PACKAGE, "1", true, "卷"),
  /** Bales (包). */
  BALE(Dimension.PACKAGE, "1", true, "包"),
  /** Kilograms (千克), the base unit of mass. */
  KG(Dimension.MASS, "1", false, "千克"),
  /** Grams (克). */
  G(Dimension.MASS, "0.001", false, "克"),
  /** Metric tonnes (吨). */
  MT(Dimension.MASS, "1000", false, "吨"),
  /** Pounds (磅). */
  LB(Dimension.MASS, "0.45359237", false, "磅"),
  /** Metres (米), the base unit of length. */
  M(Dimension.LENGTH, "1", false, "米"),
  /** Centimetres (厘米). */
  CM(Dimension.LENGTH, "0.01", false, "厘米"),
  /** Yards (码). */
  YD(Dimension.LENGTH, "0.9144", false, "码"),
  /** Square metres (平方米). */
  SQM(Dimension.AREA, "1", false, "平方米"),
  /** Cubic metres (立方米), also the measurement unit of cargo. */
  CBM(Dimension.VOLUME, "1", false, "立方米");

  private final Dimension dimension;
  private final BigDecimal toBase;
  private final boolean counted;
  private final String chineseName;

  Unit(Dimension dimension, String toBase, boolean counted, String chineseName) {
    this.dimension = dimension;
    this.toBase = new BigDecimal(toBase);
    this.counted = counted;
    this.chineseName = chineseName;
  }

  /** What this unit measures. */
  public Dimension dimension() {
    return dimension;
  }

  /** How many base units of the dimension one of this unit is (DOZ: 12). */
  public BigDecimal toBaseFactor() {
    return toBase;
  }

  /** True for individual items and packing units (PCS, SET, PAIR, DOZ, CTN …), false for bulk. */
  public boolean isCounted() {
    return counted;
  }

  /** The Chinese name, e.g. 件 for PCS. */
  public String chineseName() {
    return chineseName;
  }

  /**
   * True if this unit converts to {@code other} by a fixed factor: the same unit, or units of the same
   * dimension (DOZ and PCS, YD and M). Packing units (CTN, ROLL, BALE) convert to nothing but
   * themselves, because what a carton or a roll holds depends on the item; use the item's
   * {@link UnitConversions}.
   */
  public boolean isConvertibleTo(Unit other) {
    Objects.requireNonNull(other, "other");
    return this == other || (dimension == other.dimension && dimension != Dimension.PACKAGE);
  }

  /**
   * Parses a unit as written on documents, accepting common plurals and spellings (PCS, PC, PIECES,
   * SETS, PRS, CTNS, CARTONS, KGS, YDS, MTRS …), case-insensitively.
   *
   * @throws IllegalArgumentException naming the text if it is not a known unit
   */
  public static Unit parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.trim().toUpperCase(Locale.ROOT).replace(".", "");
    switch (t) {
      case "PCS": case "PC": case "PIECE": case "PIECES": case "EA": case "EACH": return PCS;
      case "DOZ": case "DZ": case "DOZEN": case "DOZENS": return DOZ;
      case "SET": case "SETS": return SET;
      case "PAIR": case "PAIRS": case "PR": case "PRS": return PAIR;
      case "CTN": case "CTNS": case "CARTON": case "CARTONS": return CTN;
      case "ROLL": case "ROLLS": return ROLL;
      case "BALE": case "BALES": return BALE;
      case "KG": case "KGS": case "KILOGRAM": case "KILOGRAMS": return KG;
      case "G": case "GRAM": case "GRAMS": return G;
      case "MT": case "TON": case "TONS": case "TONNE": case "TONNES": return MT;
      case "LB": case "LBS": case "POUND": case "POUNDS": return LB;
      case "M": case "MTR": case "MTRS": case "METER": case "METERS": case "METRE": case "METRES": return M;
      case "CM": return CM;
      case "YD": case "YDS": case "YARD": case "YARDS": return YD;
      case "SQM": case "M2": return SQM;
      case "CBM": case "M3": return CBM;
      default:
        throw new IllegalArgumentException("unknown unit '" + text + "' (known: PCS, DOZ, SET, PAIR, CTN, ROLL, BALE, KG, G, MT, LB, M, CM, YD, SQM, CBM)");
    }
  }
}
