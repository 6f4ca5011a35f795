package org.gendan.documents.report;

import java.util.List;

/** A report row that can be written as one CSV record. */
public interface CsvRow {
  /** The cells in the order of the report's header, formatted as plain text (amounts without grouping). */
  List<String> cells();
}
