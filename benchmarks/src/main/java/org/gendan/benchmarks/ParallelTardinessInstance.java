package org.gendan.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * One instance of weighted tardiness on identical parallel lines (P||ΣwjTj): every job is ready at
 * time 0, takes {@code processing[j]} minutes on any line, is due at {@code due[j]} and costs
 * {@code weight[j]} per late minute.
 *
 * <p>Generated in the style of the OR-Library instances (Crauwels, Potts &amp; Van Wassenhove): p ~
 * U[1,100], w ~ U[1,10], d ~ U[P(1−TF−RDD/2), P(1−TF+RDD/2)] with P the total work divided by the
 * number of lines (so a due date is meaningful on parallel lines), TF the tardiness factor and RDD
 * the relative range of due dates; due dates below 0 become 0. Written in the OR-Library file format:
 * n processing times, n weights, n due dates, whitespace separated, one instance after another.
 *
 * @param name       a name for reports, e.g. "200x5-1"
 * @param lines      the number of identical lines, ≥ 1
 * @param processing the processing times, each ≥ 1
 * @param weight     the weights, each ≥ 0
 * @param due        the due dates, each ≥ 0
 */
public record ParallelTardinessInstance(String name, int lines, int[] processing, int[] weight, int[] due) {

  /**
   * Creates an instance (the arrays are copied).
   *
   * @throws IllegalArgumentException if there is no line or no job, the arrays differ in length, or a
   *                                  value is out of range
   */
  public ParallelTardinessInstance {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(processing, "processing");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(due, "due");
    if (lines < 1) {
      throw new IllegalArgumentException("need at least one line, got " + lines);
    }
    if (processing.length == 0 || processing.length != weight.length || processing.length != due.length) {
      throw new IllegalArgumentException("need as many processing times, weights and due dates (at least one job), got "
          + processing.length + ", " + weight.length + " and " + due.length);
    }
    for (int j = 0; j < processing.length; j++) {
      if (processing[j] < 1 || weight[j] < 0 || due[j] < 0) {
        throw new IllegalArgumentException("job " + (j + 1) + " needs processing ≥ 1, weight ≥ 0 and due ≥ 0, got "
            + processing[j] + ", " + weight[j] + ", " + due[j]);
      }
    }
    processing = processing.clone();
    weight = weight.clone();
    due = due.clone();
  }

  /** The processing times (a copy). */
  @Override
  public int[] processing() {
    return processing.clone();
  }

  /** The weights (a copy). */
  @Override
  public int[] weight() {
    return weight.clone();
  }

  /** The due dates (a copy). */
  @Override
  public int[] due() {
    return due.clone();
  }

  /** The number of jobs. */
  public int jobs() {
    return processing.length;
  }

  /** The processing time of job {@code j} (0-based). */
  public int processingOf(int j) {
    return processing[j];
  }

  /** The weight of job {@code j} (0-based). */
  public int weightOf(int j) {
    return weight[j];
  }

  /** The due date of job {@code j} (0-based). */
  public int dueOf(int j) {
    return due[j];
  }

  /** The total processing time of all jobs. */
  public long totalWork() {
    long total = 0;
    for (int p : processing) {
      total += p;
    }
    return total;
  }

  /**
   * A generated instance.
   *
   * @param name  the instance's name
   * @param jobs  the number of jobs, 1..100,000
   * @param lines the number of lines, 1..jobs
   * @param tf    the tardiness factor, 0..1
   * @param rdd   the relative range of due dates, 0..1
   * @param seed  the seed
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public static ParallelTardinessInstance generate(String name, int jobs, int lines, double tf, double rdd, long seed) {
    if (jobs < 1 || jobs > 100_000 || lines < 1 || lines > jobs) {
      throw new IllegalArgumentException("need 1..100,000 jobs on 1..jobs lines, got " + jobs + " jobs on " + lines + " lines");
    }
    if (!(tf >= 0 && tf <= 1 && rdd >= 0 && rdd <= 1)) {
      throw new IllegalArgumentException("tardiness factor and range of due dates must be 0..1, got " + tf + " and " + rdd);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] p = new int[jobs];
    int[] w = new int[jobs];
    int[] d = new int[jobs];
    long total = 0;
    for (int j = 0; j < jobs; j++) {
      p[j] = 1 + random.nextInt(100);
      total += p[j];
    }
    for (int j = 0; j < jobs; j++) {
      w[j] = 1 + random.nextInt(10);
    }
    double perLine = (double) total / lines;
    long low = Math.round(perLine * (1 - tf - rdd / 2));
    long high = Math.round(perLine * (1 - tf + rdd / 2));
    for (int j = 0; j < jobs; j++) {
      long value = low + (high > low ? random.nextLong(high - low + 1) : 0);
      d[j] = (int) Math.max(0, value);
    }
    return new ParallelTardinessInstance(name, lines, p, w, d);
  }

  /**
   * Writes instances in the OR-Library format: for each, its processing times, weights and due dates,
   * ten numbers per line. All instances must have the same number of jobs for the file to be read back.
   */
  public static void write(List<ParallelTardinessInstance> instances, Writer out) throws IOException {
    Objects.requireNonNull(instances, "instances");
    Objects.requireNonNull(out, "out");
    for (ParallelTardinessInstance in : instances) {
      for (int[] values : new int[][] {in.processing, in.weight, in.due}) {
        for (int j = 0; j < values.length; j++) {
          out.write(String.format("%6d", values[j]));
          if (j % 10 == 9 || j == values.length - 1) {
            out.write('\n');
          }
        }
      }
    }
    out.flush();
  }

  /**
   * Reads instances of {@code jobs} jobs each from text in the OR-Library format.
   *
   * @param text  the file's content
   * @param jobs  jobs per instance
   * @param lines the number of lines to give every instance
   * @param name  the name prefix; instances are named {@code name-1}, {@code name-2}, ...
   * @throws IllegalArgumentException if the text holds something other than integers or does not
   *                                  divide into whole instances
   */
  public static List<ParallelTardinessInstance> read(String text, int jobs, int lines, String name) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs per instance must be positive, got " + jobs);
    }
    String[] tokens = text.strip().isEmpty() ? new String[0] : text.strip().split("\\s+");
    if (tokens.length == 0 || tokens.length % (3 * jobs) != 0) {
      throw new IllegalArgumentException("an OR-Library file of " + jobs + "-job instances holds a multiple of " + 3 * jobs
          + " integers, this one holds " + tokens.length);
    }
    int[] values = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      try {
        values[i] = Integer.parseInt(tokens[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("integer number " + (i + 1) + " of the file is not an integer: " + tokens[i], e);
      }
    }
    List<ParallelTardinessInstance> out = new ArrayList<>();
    for (int k = 0; k * 3 * jobs < values.length; k++) {
      int at = k * 3 * jobs;
      out.add(new ParallelTardinessInstance(name + "-" + (k + 1), lines, Arrays.copyOfRange(values, at, at + jobs),
          Arrays.copyOfRange(values, at + jobs, at + 2 * jobs), Arrays.copyOfRange(values, at + 2 * jobs, at + 3 * jobs)));
    }
    return List.copyOf(out);
  }

  /**
   * The total weighted tardiness of the given line sequences, computed from scratch: each line runs
   * its jobs back to back from time 0. This is the independent check of both solvers' results.
   *
   * @param sequences one list of 0-based job indices per line, at most {@link #lines()} lists
   * @throws IllegalArgumentException if a job is missing, repeated or unknown, or there are too many lines
   */
  public long weightedTardiness(List<int[]> sequences) {
    Objects.requireNonNull(sequences, "sequences");
    if (sequences.size() > lines) {
      throw new IllegalArgumentException("the instance has " + lines + " lines, the solution uses " + sequences.size());
    }
    boolean[] seen = new boolean[jobs()];
    long total = 0;
    for (int[] line : sequences) {
      long time = 0;
      for (int j : line) {
        if (j < 0 || j >= jobs()) {
          throw new IllegalArgumentException("unknown job index " + j);
        }
        if (seen[j]) {
          throw new IllegalArgumentException("job " + (j + 1) + " is sequenced twice");
        }
        seen[j] = true;
        time += processing[j];
        total += (long) weight[j] * Math.max(0, time - due[j]);
      }
    }
    for (int j = 0; j < seen.length; j++) {
      if (!seen[j]) {
        throw new IllegalArgumentException("job " + (j + 1) + " is not sequenced");
      }
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParallelTardinessInstance
        && ((ParallelTardinessInstance) o).lines == lines
        && ((ParallelTardinessInstance) o).name.equals(name)
        && Arrays.equals(((ParallelTardinessInstance) o).processing, processing)
        && Arrays.equals(((ParallelTardinessInstance) o).weight, weight)
        && Arrays.equals(((ParallelTardinessInstance) o).due, due);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, lines, Arrays.hashCode(processing), Arrays.hashCode(weight), Arrays.hashCode(due));
  }

  @Override
  public String toString() {
    return name + " (" + jobs() + " jobs on " + lines + " lines)";
  }
}
