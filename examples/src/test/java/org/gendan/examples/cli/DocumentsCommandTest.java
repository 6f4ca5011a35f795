package org.gendan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gendan.examples.cli.Cli.gendan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gendan.examples.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsCommandTest {

  private static final Path ORDER = Path.of("documents/order.json");

  @Test
  void documents_writes_the_set_as_html_json_and_ubl_and_check_finds_it_consistent(@TempDir Path dir) throws IOException {
    Run run = gendan("documents", ORDER.toString(), "--out", dir.toString(), "--format", "html,json,ubl");
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("wrote ").contains("commercial-invoice.html").contains("documents.json").contains("commercial-invoice-ubl.xml");
    assertThat(Files.readString(dir.resolve("commercial-invoice.html"), StandardCharsets.UTF_8)).contains("商业发票").contains("USD 24,090.00");
    assertThat(Files.readString(dir.resolve("packing-list.json"), StandardCharsets.UTF_8)).containsPattern("\"totalPackages\"\\s*:\\s*250");
    assertThat(Files.readString(dir.resolve("commercial-invoice-ubl.xml"), StandardCharsets.UTF_8)).contains("INV-2026-0412");
    Run check = gendan("check", dir.resolve("documents.json").toString());
    assertThat(check.exit()).as(check.out() + check.err()).isEqualTo(ExitCodes.OK);
    assertThat(check.out()).contains("0 error(s)");
  }

  @Test
  void documents_writes_pdf_files(@TempDir Path dir) throws IOException {
    Run run = gendan("documents", ORDER.toString(), "--out", dir.resolve("pdf").toString(), "--format", "pdf");
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    byte[] pdf = Files.readAllBytes(dir.resolve("pdf/commercial-invoice.pdf"));
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }

  @Test
  void check_exits_with_1_when_the_documents_conflict(@TempDir Path dir) throws IOException {
    assertThat(gendan("documents", ORDER.toString(), "--out", dir.toString(), "--format", "json").exit()).isEqualTo(ExitCodes.OK);
    Path docs = dir.resolve("documents.json");
    String json = Files.readString(docs, StandardCharsets.UTF_8);
    String tampered = json.replaceFirst("\"totalPackages\"\\s*:\\s*250", "\"totalPackages\" : 249");
    assertThat(tampered).isNotEqualTo(json);
    Files.writeString(dir.resolve("tampered.json"), tampered);
    Run check = gendan("check", dir.resolve("tampered.json").toString());
    assertThat(check.exit()).isEqualTo(ExitCodes.RESULT_HAS_ERRORS);
    assertThat(check.out()).contains("ERROR").contains("totalPackages");
  }

  @Test
  void an_order_that_cannot_make_documents_exits_with_1_and_the_reason(@TempDir Path dir) {
    Run run = gendan("documents", "documents/order-incomplete.json", "--out", dir.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.RESULT_HAS_ERRORS);
    assertThat(run.err()).contains("ORDER_INCOMPLETE").contains("incoterm").contains("portOfLoading");
  }

  @Test
  void bad_input_exits_with_2_naming_file_path_and_problem_without_a_stack_trace(@TempDir Path dir) throws IOException {
    Run bad = gendan("documents", "documents/order-bad-quantity.json", "--out", dir.toString());
    assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("documents/order-bad-quantity.json").contains("order").contains("lines").doesNotContain("\tat ");
    Run missing = gendan("documents", "documents/no-such-order.json", "--out", dir.toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("no-such-order.json: file not found");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"order\": {\"id\": ");
    Run malformed = gendan("check", broken.toString());
    assertThat(malformed.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(malformed.err()).contains("broken.json").doesNotContain("\tat ");
    Run format = gendan("documents", ORDER.toString(), "--out", dir.toString(), "--format", "html,docx");
    assertThat(format.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(format.err()).contains("unknown format 'docx'");
    Run noOut = gendan("documents", ORDER.toString());
    assertThat(noOut.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(noOut.err()).contains("--out");
    Files.writeString(dir.resolve("wrong.json"), "[1, 2]");
    assertThat(gendan("check", dir.resolve("wrong.json").toString()).exit()).isEqualTo(ExitCodes.BAD_INPUT);
  }
}
