/**
 * gendan's benchmarks: JMH benchmarks (run {@code java -jar benchmarks/target/benchmarks.jar}) and
 * harnesses with their own {@code main} that print figures. Benchmarks report ratios against a baseline
 * measured in the same run; CI never runs them.
 */
package org.gendan.benchmarks;
