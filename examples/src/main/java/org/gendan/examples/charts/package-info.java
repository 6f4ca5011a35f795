/**
 * Charts of a production schedule as standalone SVG documents: {@link org.gendan.examples.charts.GanttChart}
 * (lines as rows, bars coloured by customer tier, late work marked) and
 * {@link org.gendan.examples.charts.LoadChart} (load per line per day, above 100 % marked).
 *
 * <p>Every method rejects null arguments with a {@link NullPointerException} naming the argument.
 */
package org.gendan.examples.charts;
