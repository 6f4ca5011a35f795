package org.gendan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.control.Either;
import java.time.LocalDate;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.party.Customer;
import org.gendan.core.product.Item;
import org.gendan.core.terms.Instalment;
import org.junit.jupiter.api.Test;

/**
 * A value must have its documented JSON type: a number or boolean is not a text, a string is not a whole
 * number or a boolean, a number is not a boolean or a date. The one deliberate exception is a decimal
 * written as a plain string, read exactly like the number.
 */
class JsonTypesAreNotCoercedTest {

  private static final String ITEM = "{\"sku\":\"TS-1\",\"nameEn\":\"T-shirt\",\"baseUnit\":\"PCS\",%s}";

  private static <T> JsonProblem problem(String json, Class<T> type) {
    Either<JsonProblem, T> r = GendanJson.read(json, type);
    assertThat(r.isLeft()).as("expected a problem for %s but read %s", json, r).isTrue();
    return r.getLeft();
  }

  @Test
  void a_number_or_a_boolean_where_a_text_is_expected_is_a_problem_naming_the_path() {
    JsonProblem p = problem("{\"id\":\"C-1\",\"nameEn\":1234,\"country\":\"DE\",\"tier\":\"KEY\"}", Customer.class);
    assertThat(p.path()).isEqualTo("$.nameEn");
    assertThat(p.message()).contains("1234").contains("String");
    assertThat(problem("{\"id\":true,\"nameEn\":\"X\",\"country\":\"DE\",\"tier\":\"KEY\"}", Customer.class).path()).isEqualTo("$.id");
    assertThat(problem(String.format(ITEM, "\"nameZh\":1.5"), Item.class).path()).isEqualTo("$.nameZh");
  }

  @Test
  void a_string_where_a_whole_number_or_a_boolean_is_expected_is_a_problem() {
    assertThat(problem(String.format(ITEM, "\"standardLeadTimeDays\":\"25\""), Item.class).path()).isEqualTo("$.standardLeadTimeDays");
    assertThat(problem(String.format(ITEM, "\"statutoryInspection\":\"true\""), Item.class).path()).isEqualTo("$.statutoryInspection");
  }

  @Test
  void a_number_where_a_boolean_is_expected_is_a_problem_not_true() {
    assertThat(problem(String.format(ITEM, "\"statutoryInspection\":1"), Item.class).path()).isEqualTo("$.statutoryInspection");
    assertThat(problem(String.format(ITEM, "\"statutoryInspection\":0"), Item.class).path()).isEqualTo("$.statutoryInspection");
  }

  @Test
  void a_number_where_a_date_is_expected_is_a_problem_not_an_epoch_day() {
    qt().withExamples(50).forAll(integers().between(-100_000, 100_000)).checkAssert(n ->
        assertThat(GendanJson.read(String.valueOf(n), LocalDate.class).isLeft()).as("%s as a date", n).isTrue());
    assertThat(GendanJson.read("\"2026-09-21\"", LocalDate.class).get()).isEqualTo(LocalDate.of(2026, 9, 21));
  }

  @Test
  void a_decimal_written_as_a_plain_string_reads_exactly_like_the_number() {
    qt().withExamples(200).forAll(integers().between(0, 1_000_000), integers().between(0, 99)).checkAssert((units, cents) -> {
      String amount = units + "." + (cents < 10 ? "0" : "") + cents;
      String asNumber = "{\"amount\":" + amount + ",\"currency\":\"USD\"}";
      String asString = "{\"amount\":\"" + amount + "\",\"currency\":\"USD\"}";
      assertThat(GendanJson.read(asString, Money.class).get()).isEqualTo(GendanJson.read(asNumber, Money.class).get());
      assertThat(GendanJson.read("{\"value\":\"" + amount + "\",\"unit\":\"KG\"}", Quantity.class).get())
          .isEqualTo(Quantity.of(amount, Unit.KG));
    });
  }

  @Test
  void a_whole_number_written_with_a_fraction_or_as_a_string_is_a_problem_for_instalment_days() {
    assertThat(problem("{\"percent\":100,\"method\":\"OA\",\"due\":\"DAYS_AFTER_SHIPMENT\",\"days\":\"60\"}", Instalment.class).path())
        .isEqualTo("$.days");
    assertThat(problem("{\"percent\":100,\"method\":\"OA\",\"due\":\"DAYS_AFTER_SHIPMENT\",\"days\":60.5}", Instalment.class).path())
        .isEqualTo("$.days");
  }
}
