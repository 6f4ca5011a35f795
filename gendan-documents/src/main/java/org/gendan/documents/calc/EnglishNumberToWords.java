package org.gendan.documents.calc;

import java.util.ArrayList;
import java.util.List;

/**
 * English number words in upper case, as printed on export documents: {@code ONE HUNDRED FORTY-FIVE}.
 *
 * <p>Two style flags: {@code britishAnd} writes "AND" inside hundreds and after a scale word before a
 * number below one hundred ({@code THREE HUNDRED AND FORTY-FIVE}, {@code ONE THOUSAND AND FIVE});
 * {@code hyphenate} joins 21–99 with a hyphen ({@code FORTY-FIVE}) instead of a space. The default
 * {@link #US} style has no "AND" (it would clash with the "AND" before the cents) and hyphens.
 *
 * <p>Range: 0 to {@value #MAX} (short scale: thousand, million, billion, trillion).
 *
 * @param britishAnd whether to write the British "AND"
 * @param hyphenate  whether to hyphenate 21–99
 */
public record EnglishNumberToWords(boolean britishAnd, boolean hyphenate) implements NumberToWords {

  /** The largest number spelled: 999,999,999,999,999 (just under one quadrillion). */
  public static final long MAX = 999_999_999_999_999L;

  /** US style, the default: no "AND" inside numbers, hyphens in 21–99. */
  public static final EnglishNumberToWords US = new EnglishNumberToWords(false, true);

  /** British style: "THREE HUNDRED AND FORTY-FIVE". */
  public static final EnglishNumberToWords UK = new EnglishNumberToWords(true, true);

  static final String[] UNITS = {"ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
      "TEN", "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN"};
  static final String[] TENS = {"", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"};
  static final String[] SCALES = {"", "THOUSAND", "MILLION", "BILLION", "TRILLION"};

  @Override
  public String toWords(long number) {
    if (number < 0 || number > MAX) {
      throw new IllegalArgumentException("number to spell must be 0.." + MAX + ": " + number);
    }
    if (number == 0) {
      return UNITS[0];
    }
    List<Integer> groups = new ArrayList<>();
    for (long n = number; n > 0; n /= 1000) {
      groups.add((int) (n % 1000));
    }
    List<String> words = new ArrayList<>();
    for (int i = groups.size() - 1; i >= 0; i--) {
      int g = groups.get(i);
      if (g == 0) {
        continue;
      }
      boolean andBeforeSmallTail = britishAnd && i == 0 && g < 100 && !words.isEmpty();
      if (andBeforeSmallTail) {
        words.add("AND");
      }
      words.add(belowThousand(g));
      if (i > 0) {
        words.add(SCALES[i]);
      }
    }
    return String.join(" ", words);
  }

  private String belowThousand(int n) {
    StringBuilder sb = new StringBuilder();
    int hundreds = n / 100;
    int rest = n % 100;
    if (hundreds > 0) {
      sb.append(UNITS[hundreds]).append(" HUNDRED");
      if (rest > 0) {
        sb.append(britishAnd ? " AND " : " ");
      }
    }
    if (rest > 0) {
      sb.append(belowHundred(rest));
    }
    return sb.toString();
  }

  private String belowHundred(int n) {
    if (n < 20) {
      return UNITS[n];
    }
    int ones = n % 10;
    return ones == 0 ? TENS[n / 10] : TENS[n / 10] + (hyphenate ? "-" : " ") + UNITS[ones];
  }
}
