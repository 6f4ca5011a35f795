package org.gendan.documents.calc;

/** The dry containers a container plan chooses from, smallest first. */
public enum ContainerType {
  /** 20' general purpose (20GP / 20尺普柜). */
  GP20("20GP"),
  /** 40' general purpose (40GP / 40尺普柜). */
  GP40("40GP"),
  /** 40' high cube (40HQ / 40尺高柜). */
  HQ40("40HQ");

  private final String code;

  ContainerType(String code) {
    this.code = code;
  }

  /** The code used in bookings, e.g. {@code 40HQ}. */
  public String code() {
    return code;
  }
}
