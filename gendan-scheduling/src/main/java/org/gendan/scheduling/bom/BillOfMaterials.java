package org.gendan.scheduling.bom;

import io.vavr.control.Either;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gendan.core.Rejection;
import org.gendan.core.product.Sku;

/**
 * A checked bill of materials (物料清单) for all items of a plant: a set of {@link BomLine}s that
 * contains no cycle, with each item's low-level code (低层码).
 *
 * <p>The low-level code of an item is the deepest level at which it occurs in any product structure:
 * 0 for items that are no one's component, otherwise one more than the largest low-level code of its
 * parents. MRP plans items in ascending low-level code, so every parent's planned orders are known
 * before its components are netted.
 *
 * <p>Immutable and thread-safe. Lines are kept in a stable order (parent, component, effective-from),
 * whatever the input order.
 */
public final class BillOfMaterials {

  /** Rejection code when the lines contain a cycle. */
  public static final String BOM_CYCLE = "BOM_CYCLE";
  /** Rejection code when the same line is given twice. */
  public static final String DUPLICATE_BOM_LINE = "DUPLICATE_BOM_LINE";

  private static final Comparator<BomLine> LINE_ORDER = Comparator.comparing(BomLine::parent)
      .thenComparing(BomLine::component)
      .thenComparing(l -> l.effectiveFrom().map(Object::toString).orElse(""))
      .thenComparing(l -> l.effectiveTo().map(Object::toString).orElse("~"));

  private static final BillOfMaterials EMPTY = new BillOfMaterials(List.of(), Map.of(), Map.of(), Map.of());

  private final List<BomLine> lines;
  private final Map<Sku, List<BomLine>> componentsOf;
  private final Map<Sku, List<BomLine>> whereUsed;
  private final Map<Sku, Integer> lowLevelCodes;

  private BillOfMaterials(List<BomLine> lines, Map<Sku, List<BomLine>> componentsOf,
      Map<Sku, List<BomLine>> whereUsed, Map<Sku, Integer> lowLevelCodes) {
    this.lines = lines;
    this.componentsOf = componentsOf;
    this.whereUsed = whereUsed;
    this.lowLevelCodes = lowLevelCodes;
  }

  /** The bill with no lines (every item is a purchased or end item without components). */
  public static BillOfMaterials empty() {
    return EMPTY;
  }

  /**
   * Checks the lines and builds the bill.
   *
   * @param lines the BOM lines, in any order
   * @return the bill, or a {@code BOM_CYCLE} rejection naming the cycle's path (e.g.
   *     {@code A -> B -> C -> A}), or a {@code DUPLICATE_BOM_LINE} rejection
   * @throws NullPointerException if the collection or a line is null
   */
  public static Either<Rejection, BillOfMaterials> of(Collection<BomLine> lines) {
    Objects.requireNonNull(lines, "lines");
    List<BomLine> sorted = new ArrayList<>(lines.size());
    for (BomLine l : lines) {
      sorted.add(Objects.requireNonNull(l, "BOM line"));
    }
    sorted.sort(LINE_ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      BomLine a = sorted.get(i - 1);
      BomLine b = sorted.get(i);
      if (a.parent().equals(b.parent()) && a.component().equals(b.component())
          && a.effectiveFrom().equals(b.effectiveFrom()) && a.effectiveTo().equals(b.effectiveTo())) {
        return Either.left(Rejection.of(DUPLICATE_BOM_LINE, "BOM line " + a.parent() + " -> " + a.component()
            + " is given twice for the same effectivity (物料清单重复行); merge the quantities into one line"));
      }
    }
    Map<Sku, List<BomLine>> children = new TreeMap<>();
    Map<Sku, List<BomLine>> parents = new TreeMap<>();
    for (BomLine l : sorted) {
      children.computeIfAbsent(l.parent(), k -> new ArrayList<>()).add(l);
      parents.computeIfAbsent(l.component(), k -> new ArrayList<>()).add(l);
    }
    Either<List<Sku>, Map<Sku, Integer>> codes = lowLevelCodes(children, parents);
    if (codes.isLeft()) {
      String path = codes.getLeft().stream().map(Sku::value).collect(Collectors.joining(" -> "));
      return Either.left(Rejection.of(BOM_CYCLE, "the bill of materials contains a cycle (物料清单循环): " + path
          + "; an item cannot be (directly or indirectly) its own component"));
    }
    Map<Sku, List<BomLine>> c = new LinkedHashMap<>();
    children.forEach((k, v) -> c.put(k, List.copyOf(v)));
    Map<Sku, List<BomLine>> p = new LinkedHashMap<>();
    parents.forEach((k, v) -> p.put(k, List.copyOf(v)));
    return Either.right(new BillOfMaterials(List.copyOf(sorted), Map.copyOf(c), Map.copyOf(p),
        Map.copyOf(codes.get())));
  }

  private static Either<List<Sku>, Map<Sku, Integer>> lowLevelCodes(
      Map<Sku, List<BomLine>> children, Map<Sku, List<BomLine>> parents) {
    Set<Sku> all = new TreeSet<>(children.keySet());
    all.addAll(parents.keySet());
    Map<Sku, Integer> indegree = new HashMap<>();
    for (Sku s : all) {
      indegree.put(s, (int) parents.getOrDefault(s, List.of()).stream().map(BomLine::parent).distinct().count());
    }
    Deque<Sku> ready = new ArrayDeque<>();
    for (Sku s : all) {
      if (indegree.get(s) == 0) {
        ready.add(s);
      }
    }
    Map<Sku, Integer> llc = new HashMap<>();
    int done = 0;
    while (!ready.isEmpty()) {
      Sku s = ready.poll();
      done++;
      int code = llc.getOrDefault(s, 0);
      llc.put(s, code);
      Set<Sku> seen = new TreeSet<>();
      for (BomLine l : children.getOrDefault(s, List.of())) {
        Sku child = l.component();
        llc.merge(child, code + 1, Math::max);
        if (seen.add(child)) {
          int left = indegree.merge(child, -1, Integer::sum);
          if (left == 0) {
            ready.add(child);
          }
        }
      }
    }
    if (done == all.size()) {
      return Either.right(llc);
    }
    return Either.left(findCycle(all, indegree, parents));
  }

  /** Walks backwards through parents among the items left with in-degree, which must close a cycle. */
  private static List<Sku> findCycle(Set<Sku> all, Map<Sku, Integer> indegree, Map<Sku, List<BomLine>> parents) {
    Set<Sku> remaining = new TreeSet<>();
    for (Sku s : all) {
      if (indegree.get(s) > 0) {
        remaining.add(s);
      }
    }
    Sku current = remaining.iterator().next();
    Map<Sku, Integer> position = new HashMap<>();
    List<Sku> walk = new ArrayList<>();
    while (!position.containsKey(current)) {
      position.put(current, walk.size());
      walk.add(current);
      Sku next = null;
      for (BomLine l : parents.getOrDefault(current, List.of())) {
        if (remaining.contains(l.parent())) {
          next = l.parent();
          break;
        }
      }
      current = Objects.requireNonNull(next, "cycle walk");
    }
    List<Sku> backwards = walk.subList(position.get(current), walk.size());
    List<Sku> forward = new ArrayList<>(backwards);
    java.util.Collections.reverse(forward);
    int start = 0;
    for (int i = 1; i < forward.size(); i++) {
      if (forward.get(i).compareTo(forward.get(start)) < 0) {
        start = i;
      }
    }
    List<Sku> path = new ArrayList<>();
    for (int i = 0; i <= forward.size(); i++) {
      path.add(forward.get((start + i) % forward.size()));
    }
    return path;
  }

  /** All lines, ordered by parent, component and effective-from. */
  public List<BomLine> lines() {
    return lines;
  }

  /** The lines whose parent is {@code parent} (its single-level BOM), ordered by component; empty if none. */
  public List<BomLine> componentsOf(Sku parent) {
    return componentsOf.getOrDefault(Objects.requireNonNull(parent, "parent"), List.of());
  }

  /** The lines that use {@code component} (where-used, 反查), ordered by parent; empty if none. */
  public List<BomLine> whereUsed(Sku component) {
    return whereUsed.getOrDefault(Objects.requireNonNull(component, "component"), List.of());
  }

  /** The low-level code of an item: 0 for items not used as a component (or not in the bill at all). */
  public int lowLevelCode(Sku sku) {
    return lowLevelCodes.getOrDefault(Objects.requireNonNull(sku, "sku"), 0);
  }

  /** The low-level codes of all items that occur in the bill. */
  public Map<Sku, Integer> lowLevelCodes() {
    return lowLevelCodes;
  }

  /** Every item that occurs in the bill as parent or component, in SKU order. */
  public List<Sku> items() {
    Set<Sku> all = new TreeSet<>(componentsOf.keySet());
    all.addAll(whereUsed.keySet());
    return List.copyOf(all);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BillOfMaterials && ((BillOfMaterials) o).lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  @Override
  public String toString() {
    return "BillOfMaterials" + lines;
  }
}
