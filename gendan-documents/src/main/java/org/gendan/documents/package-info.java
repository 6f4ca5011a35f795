/**
 * gendan-documents: trade documents as values and their figures.
 *
 * <p>Sub-packages: {@code calc} (amounts in words, packing, container plan, export price build-up,
 * instalments), {@code model} (the documents as immutable values) and {@code check} (the
 * cross-document consistency check, 单证一致).
 *
 * <p>Conventions as in gendan-core: every public type is immutable and thread-safe; {@code null}
 * arguments are rejected with a {@link java.lang.NullPointerException} naming the argument; business
 * failures are values ({@link org.gendan.core.Rejection} in a vavr {@code Either}), never exceptions.
 */
package org.gendan.documents;
