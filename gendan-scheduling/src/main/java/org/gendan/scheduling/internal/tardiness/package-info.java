/**
 * Internal: the weighted-tardiness search engine behind the production scheduler's improvement step
 * for problems that reduce to jobs on identical parallel lines. Not part of the public API.
 */
package org.gendan.scheduling.internal.tardiness;
