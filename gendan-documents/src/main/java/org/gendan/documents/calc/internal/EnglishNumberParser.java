package org.gendan.documents.calc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Reads English number words (US or British style, with or without hyphens) back into a number.
 * Strict: every word must be in its place ("FIVE FIVE" or "HUNDRED THOUSAND" are not numbers).
 */
public final class EnglishNumberParser {

  private static final List<String> UNITS = List.of("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN",
      "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN",
      "EIGHTEEN", "NINETEEN");
  private static final List<String> TENS = List.of("", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY",
      "EIGHTY", "NINETY");
  private static final List<String> SCALES = List.of("", "THOUSAND", "MILLION", "BILLION", "TRILLION");

  private EnglishNumberParser() {}

  /** Splits words on spaces and hyphens, upper-cased. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String t : text.toUpperCase(Locale.ROOT).trim().split("[\\s\\-]+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The number spelled by {@code tokens}, or empty if they do not spell exactly one number. */
  public static OptionalLong parse(List<String> tokens) {
    if (tokens.isEmpty()) {
      return OptionalLong.empty();
    }
    if (tokens.size() == 1 && tokens.get(0).equals("ZERO")) {
      return OptionalLong.of(0);
    }
    int[] pos = {0};
    long total = 0;
    int lastScale = Integer.MAX_VALUE;
    boolean any = false;
    while (pos[0] < tokens.size()) {
      boolean and = false;
      if (any && tokens.get(pos[0]).equals("AND")) {
        and = true;
        pos[0]++;
      }
      int chunk = chunk(tokens, pos);
      if (chunk <= 0) {
        return OptionalLong.empty();
      }
      int scale = 0;
      if (pos[0] < tokens.size()) {
        int s = SCALES.indexOf(tokens.get(pos[0]));
        if (s > 0) {
          scale = s;
          pos[0]++;
        }
      }
      if (scale >= lastScale) {
        return OptionalLong.empty();
      }
      if (and && (scale != 0 || chunk >= 100 || pos[0] != tokens.size())) {
        return OptionalLong.empty();
      }
      lastScale = scale;
      total += chunk * pow1000(scale);
      any = true;
      if (scale == 0 && pos[0] < tokens.size()) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(total);
  }

  private static long pow1000(int scale) {
    long p = 1;
    for (int i = 0; i < scale; i++) {
      p *= 1000;
    }
    return p;
  }

  /** A number 1..999 at {@code pos}, or 0 if none. */
  private static int chunk(List<String> t, int[] pos) {
    int start = pos[0];
    int value = 0;
    int u = unit(t, pos[0]);
    if (u >= 1 && u <= 9 && pos[0] + 1 < t.size() && t.get(pos[0] + 1).equals("HUNDRED")) {
      value = u * 100;
      pos[0] += 2;
      if (pos[0] + 1 < t.size() && t.get(pos[0]).equals("AND") && belowHundredStarts(t, pos[0] + 1)) {
        pos[0]++;
        int rest = belowHundred(t, pos);
        if (rest == 0) {
          pos[0] = start;
          return 0;
        }
        return value + rest;
      }
    }
    int rest = belowHundred(t, pos);
    return value + rest;
  }

  private static boolean belowHundredStarts(List<String> t, int i) {
    int u = unit(t, i);
    return (u >= 1) || TENS.indexOf(t.get(i)) >= 2;
  }

  private static int unit(List<String> t, int i) {
    return i < t.size() ? UNITS.indexOf(t.get(i)) : -1;
  }

  private static int belowHundred(List<String> t, int[] pos) {
    if (pos[0] >= t.size()) {
      return 0;
    }
    int u = unit(t, pos[0]);
    if (u >= 1) {
      pos[0]++;
      return u;
    }
    int tens = TENS.indexOf(t.get(pos[0]));
    if (tens >= 2) {
      pos[0]++;
      int ones = unit(t, pos[0]);
      if (ones >= 1 && ones <= 9) {
        pos[0]++;
        return tens * 10 + ones;
      }
      return tens * 10;
    }
    return 0;
  }
}
