/**
 * The embedded sample factory: {@link org.gendan.examples.sample.SampleData} loads it from the JSON
 * resources that the seeded {@link org.gendan.examples.sample.SampleFactoryGenerator} wrote, using
 * {@link org.gendan.examples.sample.FactoryJson} for the planning data that has no JSON mapping of its own.
 *
 * <p>Every method rejects null arguments with a {@link NullPointerException} naming the argument.
 */
package org.gendan.examples.sample;
