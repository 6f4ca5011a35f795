package org.gendan.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code examples/consumer} (a separate Maven project that uses gendan as its users do) honest in
 * the main build, which cannot {@code mvn install}: its sources compile against gendan's current classes,
 * its program runs, and it touches only public API.
 */
class ConsumerProjectTest {

  private static final String MAIN_CLASS = "com.example.erp.FollowUpDesk";
  private static final Pattern INTERNAL = Pattern.compile("org\\.gendan\\.[\\w.]*?\\binternal\\b");

  @TempDir
  Path classes;

  @TempDir
  Path output;

  private static Path consumer() {
    Path here = Path.of("consumer");
    return Files.isDirectory(here.resolve("src")) ? here : Path.of("examples", "consumer");
  }

  private static List<Path> sources(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void the_consumer_program_compiles_against_the_current_gendan_and_prints_its_day() throws Exception {
    List<Path> sources = sources(consumer().resolve("src/main/java"));
    assertThat(sources).isNotEmpty();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK's compiler (the tests need a JDK, not a JRE)").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8",
          "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
      boolean compiled = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
      List<String> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> (d.getSource() == null ? "?" : d.getSource().getName()) + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).toList();
      assertThat(errors).as("compiler errors in examples/consumer:%n%s", String.join("\n", errors)).isEmpty();
      assertThat(compiled).isTrue();
    }

    String out;
    PrintStream before = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass(MAIN_CLASS).getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[] {output.toString()});
    } finally {
      System.setOut(before);
      out = captured.toString(StandardCharsets.UTF_8);
    }
    assertThat(out).contains(
        "Order SO-26-0301 for C-NORDIC, total USD 20300.00, delivery 2026-04-30",
        "Review: 0 error(s), 0 warning(s)",
        "[CAPACITY_OK]", "[MATERIAL_OK]",
        "Status after review: REVIEWED",
        "MRP: 7 planned order(s), material ready 2026-04-17",
        "late purchase: PO-FAB-118 due 2026-04-20, needed 2026-04-10",
        "Schedule: 0 late job(s)",
        "Follow-up plan: 11 milestones",
        "Proforma PI-26-0301: USD 20300.00, instalments [USD 6090.00, USD 14210.00]",
        "Consistency check: no errors, 0 finding(s)",
        "Summary: SO-26-0301 REVIEWED, USD 20300.00; material ready 2026-04-17 (1 late purchase order(s)); "
            + "production done 2026-04-23; next milestone DEPOSIT due 2026-03-09; proforma PI-26-0301, no consistency errors");
    Path html = output.resolve("proforma-SO-26-0301.html");
    assertThat(html).exists();
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("PI-26-0301", "20,300.00");
  }

  @Test
  void the_consumer_uses_only_public_api_from_its_own_package() throws IOException {
    List<Path> sources = sources(consumer().resolve("src"));
    assertThat(sources).hasSizeGreaterThanOrEqualTo(3);
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      Matcher internal = INTERNAL.matcher(text);
      String found = internal.find() ? internal.group() : null;
      assertThat(found).as("%s uses gendan's implementation package", source).isNull();
      assertThat(text).as("%s must not use the examples module", source).doesNotContain("org.gendan.examples");
      assertThat(text).as("%s is a user's class", source).contains("package com.example.erp;");
    }
  }

  @Test
  void the_consumer_is_a_standalone_project_on_the_current_gendan_version() throws IOException {
    Path consumer = consumer();
    String pom = Files.readString(consumer.resolve("pom.xml"), StandardCharsets.UTF_8);
    String root = Files.readString(consumer.toAbsolutePath().getParent().getParent().resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher rootVersion = Pattern.compile("<artifactId>gendan-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(root);
    assertThat(rootVersion.find()).as("the root pom's version").isTrue();
    assertThat(pom).doesNotContain("<parent>")
        .contains("<gendan.version>" + rootVersion.group(1) + "</gendan.version>")
        .contains("<artifactId>gendan-core</artifactId>", "<artifactId>gendan-scheduling</artifactId>",
            "<artifactId>gendan-documents</artifactId>");
  }
}
