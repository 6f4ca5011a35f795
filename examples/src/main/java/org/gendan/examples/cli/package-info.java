/**
 * The {@code gendan} command-line tool ({@link org.gendan.examples.cli.GendanCommand}) and its
 * subcommands.
 */
package org.gendan.examples.cli;
