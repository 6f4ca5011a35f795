package org.gendan.documents.calc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The mechanics of RMB 大写 after the PBOC rules: all accepted spellings of an amount (canonical first)
 * and a lenient decoder used before checking membership. Amounts are in fen (分).
 */
public final class ChineseNumerals {

  /** Digits 零 to 玖. */
  public static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
  /** Largest amount in fen: 9999亿 9999万 9999元 9角 9分. */
  public static final long MAX_FEN = 99_999_999_999_999L;

  // markers in a template, expanded into alternatives
  private static final char OPT_ZERO_ABSENT = '\u0001';
  private static final char OPT_ZERO_PRESENT = '\u0002';
  private static final char ZHENG = '\u0003';
  private static final char ZHENG_OPTIONAL = '\u0004';

  private ChineseNumerals() {}

  /** All accepted spellings without the 人民币 prefix, canonical first, no duplicates. */
  public static List<String> spellings(long fen) {
    if (fen < 0 || fen > MAX_FEN) {
      throw new IllegalArgumentException("amount in fen must be 0.." + MAX_FEN + ": " + fen);
    }
    List<String> out = new ArrayList<>();
    expand(template(fen), 0, new StringBuilder(), out);
    return List.copyOf(out);
  }

  /** The canonical spelling without the 人民币 prefix. */
  public static String canonical(long fen) {
    return spellings(fen).get(0);
  }

  private static void expand(String t, int i, StringBuilder sb, List<String> out) {
    if (i == t.length()) {
      String s = sb.toString();
      if (!out.contains(s)) {
        out.add(s);
      }
      return;
    }
    char c = t.charAt(i);
    String[] choices;
    switch (c) {
      case OPT_ZERO_ABSENT: choices = new String[] {"", "零"}; break;
      case OPT_ZERO_PRESENT: choices = new String[] {"零", ""}; break;
      case ZHENG: choices = new String[] {"整", "正"}; break;
      case ZHENG_OPTIONAL: choices = new String[] {"", "整", "正"}; break;
      default: choices = new String[] {String.valueOf(c)}; break;
    }
    for (String ch : choices) {
      int len = sb.length();
      sb.append(ch);
      expand(t, i + 1, sb, out);
      sb.setLength(len);
    }
  }

  private static String template(long fen) {
    long yuan = fen / 100;
    int jiao = (int) (fen / 10 % 10);
    int f = (int) (fen % 10);
    StringBuilder sb = new StringBuilder();
    if (yuan > 0) {
      sb.append(integerTemplate(yuan)).append('元');
      if (jiao != 0) {
        if (yuan % 10 == 0) {
          sb.append(OPT_ZERO_PRESENT); // PBOC 4(c): one 零 or none; canonical writes it
        }
        sb.append(DIGITS.charAt(jiao)).append('角');
        if (f != 0) {
          sb.append(DIGITS.charAt(f)).append('分');
        } else {
          sb.append(ZHENG_OPTIONAL);
        }
      } else if (f != 0) {
        sb.append('零').append(DIGITS.charAt(f)).append('分'); // PBOC 4(d): mandatory
      } else {
        sb.append(ZHENG);
      }
    } else if (jiao != 0) {
      sb.append(DIGITS.charAt(jiao)).append('角');
      if (f != 0) {
        sb.append(DIGITS.charAt(f)).append('分');
      } else {
        sb.append(ZHENG_OPTIONAL);
      }
    } else if (f != 0) {
      sb.append(DIGITS.charAt(f)).append('分');
    } else {
      sb.append("零元").append(ZHENG);
    }
    return sb.toString();
  }

  private static String integerTemplate(long n) {
    int[] groups = {(int) (n % 10_000), (int) (n / 10_000 % 10_000), (int) (n / 100_000_000 % 10_000)};
    int top = groups[2] != 0 ? 2 : groups[1] != 0 ? 1 : 0;
    StringBuilder sb = new StringBuilder();
    boolean zeroGroupBetween = false;
    int previousUnitsDigit = -1;
    for (int i = top; i >= 0; i--) {
      int g = groups[i];
      if (g == 0) {
        zeroGroupBetween |= i < top;
        continue;
      }
      if (i < top) {
        if (zeroGroupBetween || g < 1000) {
          sb.append('零');
        } else if (previousUnitsDigit == 0) {
          sb.append(OPT_ZERO_ABSENT); // PBOC 4(c) at the 万 (or 亿) position; canonical omits it
        }
      }
      sb.append(group(g)).append(i == 2 ? "亿" : i == 1 ? "万" : "");
      zeroGroupBetween = false;
      previousUnitsDigit = g % 10;
    }
    return sb.toString();
  }

  private static String group(int g) {
    String units = "仟佰拾";
    int[] d = {g / 1000, g / 100 % 10, g / 10 % 10, g % 10};
    StringBuilder sb = new StringBuilder();
    boolean started = false;
    boolean zeroRun = false;
    for (int k = 0; k < 4; k++) {
      if (d[k] == 0) {
        zeroRun = started;
        continue;
      }
      if (zeroRun) {
        sb.append('零');
        zeroRun = false;
      }
      sb.append(DIGITS.charAt(d[k]));
      if (k < 3) {
        sb.append(units.charAt(k));
      }
      started = true;
    }
    return sb.toString();
  }

  /**
   * Decodes normalised 大写 (simplified characters, no prefix, no spaces) into fen, leniently: a bare
   * 拾 counts as 壹拾 and optional 零 are skipped, so that a caller can then check the text against
   * {@link #spellings}. Empty if the text is not built from digits and units in a readable order.
   */
  public static OptionalLong decode(String s) {
    String t = s;
    if (t.endsWith("整") || t.endsWith("正")) {
      t = t.substring(0, t.length() - 1);
    }
    int yuanAt = t.indexOf('元');
    String intPart = yuanAt >= 0 ? t.substring(0, yuanAt) : "";
    String fracPart = yuanAt >= 0 ? t.substring(yuanAt + 1) : t;
    if (yuanAt < 0 && fracPart.isEmpty()) {
      return OptionalLong.empty();
    }
    long yuan;
    if (intPart.isEmpty() && yuanAt >= 0) {
      return OptionalLong.empty();
    } else if (intPart.equals("零") || intPart.isEmpty()) {
      yuan = 0;
    } else {
      OptionalLong y = decodeInteger(intPart);
      if (y.isEmpty()) {
        return OptionalLong.empty();
      }
      yuan = y.getAsLong();
    }
    int jiao = 0;
    int fen = 0;
    String f = fracPart;
    if (f.startsWith("零")) {
      f = f.substring(1);
    }
    if (f.length() >= 2 && f.charAt(1) == '角') {
      jiao = DIGITS.indexOf(f.charAt(0));
      if (jiao <= 0) {
        return OptionalLong.empty();
      }
      f = f.substring(2);
    }
    if (f.startsWith("零")) {
      f = f.substring(1);
    }
    if (f.length() == 2 && f.charAt(1) == '分') {
      fen = DIGITS.indexOf(f.charAt(0));
      if (fen <= 0) {
        return OptionalLong.empty();
      }
      f = "";
    }
    if (!f.isEmpty() || (yuanAt < 0 && jiao == 0 && fen == 0)) {
      return OptionalLong.empty();
    }
    if (yuan > MAX_FEN / 100) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(yuan * 100 + jiao * 10L + fen);
  }

  private static OptionalLong decodeInteger(String s) {
    long total = 0;
    long section = 0;
    int digit = -1;
    boolean sawYi = false;
    int lastUnit = Integer.MAX_VALUE;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = DIGITS.indexOf(c);
      if (d > 0) {
        if (digit != -1) {
          return OptionalLong.empty();
        }
        digit = d;
      } else if (c == '零') {
        if (digit != -1) {
          return OptionalLong.empty();
        }
      } else if (c == '拾' || c == '佰' || c == '仟') {
        int unit = c == '拾' ? 10 : c == '佰' ? 100 : 1000;
        if (digit == -1) {
          if (unit != 10) {
            return OptionalLong.empty();
          }
          digit = 1;
        }
        if (unit >= lastUnit) {
          return OptionalLong.empty();
        }
        lastUnit = unit;
        section += (long) digit * unit;
        digit = -1;
      } else if (c == '万' || c == '亿') {
        section += Math.max(digit, 0);
        if (section == 0) {
          return OptionalLong.empty();
        }
        if (c == '亿') {
          if (sawYi || total != 0) {
            return OptionalLong.empty();
          }
          sawYi = true;
          total = section * 100_000_000L;
        } else {
          if (total % 100_000_000L != 0) {
            return OptionalLong.empty();
          }
          total += section * 10_000L;
        }
        section = 0;
        digit = -1;
        lastUnit = Integer.MAX_VALUE;
      } else {
        return OptionalLong.empty();
      }
    }
    section += Math.max(digit, 0);
    total += section;
    return total == 0 ? OptionalLong.empty() : OptionalLong.of(total);
  }
}
