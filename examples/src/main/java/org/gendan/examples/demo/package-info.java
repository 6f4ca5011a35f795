/**
 * The {@code gendan demo}: {@link org.gendan.examples.demo.FactoryDemo} runs order review, MRP
 * ({@link org.gendan.examples.demo.DemoMrp}), scheduling, capable-to-promise and the worklist on the
 * sample factory and writes charts, the schedule as JSON, the documents and reports
 * ({@link org.gendan.examples.demo.DemoDocuments}) and an index page.
 *
 * <p>Every method rejects null arguments with a {@link NullPointerException} naming the argument.
 */
package org.gendan.examples.demo;
