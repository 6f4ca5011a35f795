package org.gendan.scheduling.schedule.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gendan.scheduling.resource.LineId;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.gendan.scheduling.resource.WorkCenterGroupId;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.PinnedOperation;
import org.gendan.scheduling.schedule.SchedulingProblem;

/**
 * A scheduling problem compiled to arrays: jobs in id order, operations flattened, lines numbered in
 * plant order, durations per operation and candidate line, pinned operations.
 */
public final class Model {
  /** The problem. */
  public final SchedulingProblem problem;
  /** Planning start, epoch minutes. */
  public final long start;
  /** Number of jobs. */
  public final int jobs;
  /** Operations of job j are opOffset[j] .. opOffset[j+1]-1. */
  public final int[] opOffset;
  /** Job of each operation. */
  public final int[] opJob;
  /** Lines (global indices) that can run each operation. */
  public final int[][] opLines;
  /** Duration of each operation on each of its candidate lines (same order as opLines). */
  public final long[][] opDuration;
  /** Transfer lag after each operation. */
  public final long[] opLag;
  /** Pinned line of each operation, or -1. */
  public final int[] pinLine;
  /** Pinned start / end of each operation. */
  public final long[] pinStart;
  /** Pinned end of each operation. */
  public final long[] pinEnd;
  /** Number of pinned operations of each job. */
  public final int[] pinnedCount;
  /** Release, due, weight per job. */
  public final long[] release;
  /** Due per job. */
  public final long[] due;
  /** Weight per job. */
  public final long[] weight;
  /** Line ids by global index. */
  public final LineId[] lineIds;
  /** Group of each line. */
  public final int[] lineGroup;
  /** Timelines by global line index. */
  public final Timeline[] timelines;
  /** The earliest minute any timeline covers. */
  public final long origin;

  /** Compiles the problem. */
  public Model(SchedulingProblem problem) {
    this.problem = problem;
    this.start = Minutes.of(problem.start());
    List<Job> js = problem.jobs();
    this.jobs = js.size();
    Map<WorkCenterGroupId, int[]> groupLines = new HashMap<>();
    List<LineId> ids = new ArrayList<>();
    List<ProductionLine> lines = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    List<WorkCenterGroup> gs = problem.plant().groups();
    for (int g = 0; g < gs.size(); g++) {
      int[] idx = new int[gs.get(g).lines().size()];
      for (int i = 0; i < idx.length; i++) {
        idx[i] = ids.size();
        ids.add(gs.get(g).lines().get(i).id());
        lines.add(gs.get(g).lines().get(i));
        groups.add(g);
      }
      groupLines.put(gs.get(g).id(), idx);
    }
    this.lineIds = ids.toArray(new LineId[0]);
    this.lineGroup = groups.stream().mapToInt(Integer::intValue).toArray();
    Map<LineId, Integer> lineIndex = new HashMap<>();
    for (int i = 0; i < lineIds.length; i++) {
      lineIndex.put(lineIds[i], i);
    }
    int totalOps = 0;
    opOffset = new int[jobs + 1];
    for (int j = 0; j < jobs; j++) {
      opOffset[j] = totalOps;
      totalOps += js.get(j).routing().operations().size();
    }
    opOffset[jobs] = totalOps;
    opJob = new int[totalOps];
    opLines = new int[totalOps][];
    opDuration = new long[totalOps][];
    opLag = new long[totalOps];
    pinLine = new int[totalOps];
    pinStart = new long[totalOps];
    pinEnd = new long[totalOps];
    pinnedCount = new int[jobs];
    release = new long[jobs];
    due = new long[jobs];
    weight = new long[jobs];
    long earliest = start;
    for (int j = 0; j < jobs; j++) {
      Job job = js.get(j);
      release[j] = Math.max(start, Minutes.of(job.release()));
      due[j] = Minutes.of(job.due());
      weight[j] = job.weight();
      List<Operation> ops = job.routing().operations();
      for (int k = 0; k < ops.size(); k++) {
        int o = opOffset[j] + k;
        Operation op = ops.get(k);
        opJob[o] = j;
        opLag[o] = op.transferLagMinutes();
        int[] cand = groupLines.get(op.group());
        opLines[o] = cand;
        opDuration[o] = new long[cand.length];
        long run = job.runMinutes(k);
        for (int c = 0; c < cand.length; c++) {
          opDuration[o][c] = lines.get(cand[c]).minutesFor(op.setupMinutes(), run);
        }
        pinLine[o] = -1;
      }
      pinnedCount[j] = job.pinned().size();
      for (PinnedOperation p : job.pinned()) {
        int o = opOffset[j] + p.operationIndex();
        pinLine[o] = lineIndex.get(p.line());
        pinStart[o] = Minutes.of(p.start());
        pinEnd[o] = Minutes.of(p.end());
        earliest = Math.min(earliest, pinStart[o]);
      }
    }
    this.origin = Math.floorDiv(earliest, 1440L) * 1440L - 1440L;
    this.timelines = new Timeline[lineIds.length];
    for (int i = 0; i < lineIds.length; i++) {
      ProductionLine pl = lines.get(i);
      timelines[i] = new Timeline(pl.id().value(), gs.get(lineGroup[i]).calendar(), pl.downPeriods(), origin);
    }
  }

  /** Number of operations. */
  public int operations() {
    return opJob.length;
  }

  /** Position of a line within an operation's candidates, or -1. */
  public int candidateIndex(int op, int line) {
    int[] c = opLines[op];
    for (int i = 0; i < c.length; i++) {
      if (c[i] == line) {
        return i;
      }
    }
    return -1;
  }
}
