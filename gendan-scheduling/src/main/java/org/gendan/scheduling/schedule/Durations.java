package org.gendan.scheduling.schedule;

/** Minutes as a 跟单员 reads them: "2 d 3 h 15 min". */
final class Durations {
  private Durations() {}

  static String text(long minutes) {
    String sign = minutes < 0 ? "-" : "";
    long m = Math.abs(minutes);
    long d = m / 1440;
    long h = (m % 1440) / 60;
    long r = m % 60;
    StringBuilder b = new StringBuilder(sign);
    if (d > 0) {
      b.append(d).append(" d ");
    }
    if (h > 0) {
      b.append(h).append(" h ");
    }
    if (r > 0 || (d == 0 && h == 0)) {
      b.append(r).append(" min ");
    }
    return b.toString().trim();
  }
}
