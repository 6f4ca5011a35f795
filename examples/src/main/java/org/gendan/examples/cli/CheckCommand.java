package org.gendan.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gendan.core.review.Severity;
import org.gendan.documents.check.ConsistencyCheck;
import org.gendan.documents.check.ConsistencyFinding;
import org.gendan.documents.check.PresentedDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gendan check DOCS.json}: checks a set of documents against each other (单单一致, 单证一致) —
 * any of {@code contract}, {@code proforma}, {@code invoice}, {@code packingList}, {@code booking},
 * {@code credit}, {@code voucher}, {@code presentationDate} — and prints every finding with its rule
 * and article. Exit code 1 when a finding of severity ERROR exists, 2 for bad input.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks a set of trade documents (DOCS.json, e.g. documents.json written by 'gendan documents')",
        "for consistency under UCP 600 / ISBP 821 and prints the findings.",
        "Exit code 0: no errors; 1: at least one ERROR finding; 2: bad input.",
        "DOCS.json format: examples/schemas/presented-documents.schema.json."})
final class CheckCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOCS.json", description = "the documents to check")
  Path input;

  @Override
  public Integer call() {
    PresentedDocuments docs = JsonInput.read(input, PresentedDocuments.class);
    List<ConsistencyFinding> findings = ConsistencyCheck.check(docs);
    PrintWriter o = spec.commandLine().getOut();
    findings.forEach(f -> o.println(f));
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    o.println(findings.size() + " finding(s), " + errors + " error(s)");
    o.flush();
    return ConsistencyCheck.hasErrors(findings) ? ExitCodes.RESULT_HAS_ERRORS : ExitCodes.OK;
  }
}
