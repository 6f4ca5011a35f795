package org.gendan.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The design rules of gendan-core that a compiler cannot see. */
class CoreArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.gendan.core");
  }

  @Test
  void domain_code_takes_the_time_from_an_injected_clock_never_from_the_system() {
    noClasses().should().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .because("time comes from a Clock argument so that results are reproducible")
        .check(core);
  }

  @Test
  void the_core_knows_nothing_of_planning_documents_or_the_command_line() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("org.gendan.scheduling..", "org.gendan.documents..", "org.gendan.examples..", "picocli..")
        .check(core);
  }

  @Test
  void randomness_never_enters_the_domain_core() {
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
        .orShould().callMethod(Math.class, "random")
        .because("the same inputs must give the same results")
        .check(core);
  }
}
