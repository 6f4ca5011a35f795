package org.gendan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.gendan.core.party.CustomerTier;
import org.gendan.examples.sample.SampleData;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class SampleCommandsPropertiesTest {

  private static final Set<String> ORDER_IDS = SampleData.load().orders().stream().map(o -> o.id().toString()).collect(Collectors.toSet());

  @Test
  void any_order_id_not_in_the_data_is_bad_input_naming_it() {
    qt().withExamples(15).forAll(integers().between(201, 99_999)).checkAssert(n -> {
      String id = String.format(Locale.ROOT, "SO-2027-%05d", n);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = GendanCommand.run(new String[] {"review", id}, new PrintWriter(out, true), new PrintWriter(err, true));
      assertThat(ORDER_IDS).doesNotContain(id);
      assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(err.toString()).contains(id).doesNotContain("\tat ");
    });
  }

  @Test
  void a_date_option_is_parsed_exactly_when_it_is_an_iso_date_and_otherwise_named_in_the_message() {
    qt().withExamples(300).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 12)).checkAssert(text -> {
      LocalDate expected;
      try {
        expected = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        expected = null;
      }
      if (expected != null) {
        assertThat(SampleOptions.date("--date", text)).isEqualTo(expected);
      } else {
        assertThatThrownBy(() -> SampleOptions.date("--date", text)).isInstanceOf(BadInputException.class)
            .hasMessageContaining("--date").hasMessageContaining("'" + text + "'");
      }
    });
  }

  @Test
  void a_tier_is_read_in_any_letter_case_and_anything_else_is_rejected_naming_the_tiers() {
    PromiseCommand.TierConverter converter = new PromiseCommand.TierConverter();
    qt().withExamples(200).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 4)).checkAssert(text -> {
      CustomerTier match = null;
      for (CustomerTier t : CustomerTier.values()) {
        if (t.name().equalsIgnoreCase(text.trim())) {
          match = t;
        }
      }
      if (match != null) {
        assertThat(converter.convert(text)).isEqualTo(match);
      } else {
        assertThatThrownBy(() -> converter.convert(text)).isInstanceOf(TypeConversionException.class)
            .hasMessageContaining("KEY, A, B or C");
      }
    });
    for (CustomerTier t : CustomerTier.values()) {
      assertThat(converter.convert(t.name().toLowerCase(Locale.ROOT))).isEqualTo(t);
    }
  }
}
