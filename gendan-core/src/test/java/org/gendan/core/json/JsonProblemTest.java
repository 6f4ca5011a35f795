package org.gendan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gendan.core.measure.Quantity;
import org.gendan.core.money.Money;
import org.gendan.core.party.Customer;
import org.gendan.core.product.Item;
import org.gendan.core.product.PriceBook;
import org.gendan.core.terms.PaymentTerms;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad JSON gives a problem that names the JSON path and the reason; the documented limits hold. */
class JsonProblemTest {

  static final String CUSTOMER = "{\"id\":\"C-1\",\"nameEn\":\"Hansa\",\"country\":\"DE\",\"tier\":\"KEY\"}";

  static <T> JsonProblem problem(String json, Class<T> type) {
    Either<JsonProblem, T> r = GendanJson.read(json, type);
    assertThat(r.isLeft()).as("expected a problem for %s but read %s", json, r).isTrue();
    return r.getLeft();
  }

  @Test
  void a_good_customer_reads() {
    assertThat(GendanJson.read(CUSTOMER, Customer.class).get().nameEn()).isEqualTo("Hansa");
  }

  @Test
  void an_unknown_country_is_reported_at_the_country() {
    JsonProblem p = problem(CUSTOMER.replace("\"DE\"", "\"XX\""), Customer.class);
    assertThat(p.path()).isEqualTo("$.country");
    assertThat(p.message()).contains("unknown country code 'XX'");
    assertThat(p.toString()).startsWith("$.country: ");
  }

  @Test
  void an_unknown_tier_lists_the_known_tiers() {
    JsonProblem p = problem(CUSTOMER.replace("\"KEY\"", "\"VIP\""), Customer.class);
    assertThat(p.path()).isEqualTo("$.tier");
    assertThat(p.message()).isEqualTo("cannot read 'VIP' as CustomerTier (one of KEY A B C)");
  }

  @Test
  void a_misspelt_property_is_never_silently_dropped() {
    JsonProblem p = problem(CUSTOMER.replace("\"nameEn\"", "\"nameEnn\""), Customer.class);
    assertThat(p.path()).isEqualTo("$.nameEnn");
    assertThat(p.message()).contains("unknown property 'nameEnn'").contains("nameEn");
  }

  @Test
  void a_missing_required_field_is_named() {
    assertThat(problem(CUSTOMER.replace("\"id\":\"C-1\",", ""), Customer.class).message()).contains("[id]");
    JsonProblem q = problem("{\"value\": 5}", Quantity.class);
    assertThat(q.path()).isEqualTo("$");
    assertThat(q.message()).contains("required value missing: unit");
  }

  @Test
  void a_bad_id_is_reported_at_the_id_with_the_rule_it_breaks() {
    JsonProblem p = problem(CUSTOMER.replace("\"C-1\"", "\" C-1\""), Customer.class);
    assertThat(p.path()).isEqualTo("$.id");
    assertThat(p.message()).contains("customer id must not start or end with spaces");
    assertThat(problem(CUSTOMER.replace("\"C-1\"", "12"), Customer.class).path()).isEqualTo("$.id");
  }

  @Test
  void a_broken_value_deep_inside_is_reported_at_its_path() {
    String terms = CUSTOMER.replace("}", ",\"defaultPaymentTerms\":{\"instalments\":["
        + "{\"percent\":30,\"method\":\"TT\",\"due\":\"ON_CONFIRMATION\",\"days\":0},"
        + "{\"percent\":60,\"method\":\"TT\",\"due\":\"BEFORE_SHIPMENT\",\"days\":0}]}}");
    JsonProblem p = problem(terms, Customer.class);
    assertThat(p.path()).isEqualTo("$.defaultPaymentTerms");
    assertThat(p.message()).contains("must add up to 100, not 90");

    JsonProblem method = problem(terms.replace("\"method\":\"TT\",\"due\":\"BEFORE", "\"method\":\"WIRE\",\"due\":\"BEFORE"), Customer.class);
    assertThat(method.path()).isEqualTo("$.defaultPaymentTerms.instalments[1].method");
    assertThat(method.message()).contains("'WIRE'").contains("TT LC DP DA OA");

    JsonProblem conv = problem("{\"sku\":\"A\",\"nameEn\":\"x\",\"baseUnit\":\"PCS\",\"extraConversions\":"
        + "{\"conversions\":[{\"from\":\"CTN\",\"factor\":0,\"to\":\"PCS\"}]}}", Item.class);
    assertThat(conv.path()).isEqualTo("$.extraConversions.conversions[0]");
    assertThat(conv.message()).contains("conversion factor must be positive");
  }

  @Test
  void a_price_list_problem_names_the_list() {
    String book = "{\"priceLists\":[{\"id\":\"L\",\"validFrom\":\"2026-01-01\",\"prices\":{}},"
        + "{\"id\":\"M\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2025-01-01\",\"prices\":{}}],\"confirmedPrices\":[]}";
    JsonProblem p = problem(book, PriceBook.class);
    assertThat(p.path()).isEqualTo("$.priceLists[1]");
    assertThat(p.message()).contains("price list M ends (2025-01-01) before it starts (2026-01-01)");
    JsonProblem date = problem(book.replace("2025-01-01", "2025-13-01"), PriceBook.class);
    assertThat(date.path()).isEqualTo("$.priceLists[1].validTo");
    assertThat(date.message()).contains("'2025-13-01'").contains("LocalDate");
    JsonProblem sku = problem(book.replace("\"prices\":{}}]", "\"prices\":{\" \":{\"amount\":1,\"currency\":\"USD\"}}}]"), PriceBook.class);
    assertThat(sku.path()).isEqualTo("$.priceLists[1].prices");
    assertThat(sku.message()).contains("Sku");
  }

  @Test
  void a_money_amount_with_too_many_decimals_says_how_many_are_allowed() {
    JsonProblem p = problem("{\"amount\":1.234,\"currency\":\"USD\"}", Money.class);
    assertThat(p.path()).isEqualTo("$");
    assertThat(p.message()).contains("USD amounts have at most 2 decimals, not 1.234");
    assertThat(problem("{\"amount\":1,\"currency\":\"XYZ\"}", Money.class).message()).contains("unknown currency code 'XYZ'");
    assertThat(problem("{\"amount\":1}", Money.class).message()).contains("needs both 'amount' and 'currency'");
    JsonProblem text = problem("{\"amount\":\"abc\",\"currency\":\"USD\"}", Money.class);
    assertThat(text.path()).isEqualTo("$.amount");
    assertThat(text.message()).contains("'abc'");
  }

  @Test
  void an_exchange_rate_with_an_unknown_or_repeated_currency_is_a_problem() {
    String rate = "{\"base\":\"USD\",\"quote\":\"CNY\",\"rate\":7.1,\"date\":\"2026-01-01\"}";
    assertThat(GendanJson.read(rate, org.gendan.core.money.ExchangeRate.class).isRight()).isTrue();
    JsonProblem unknown = problem(rate.replace("CNY", "XYZ"), org.gendan.core.money.ExchangeRate.class);
    assertThat(unknown.path()).isEqualTo("$.quote");
    assertThat(unknown.message()).contains("'XYZ'").contains("Currency");
    assertThat(problem(rate.replace("CNY", "USD"), org.gendan.core.money.ExchangeRate.class).message())
        .contains("two different currencies");
    assertThat(problem(rate.replace("7.1", "0"), org.gendan.core.money.ExchangeRate.class).message()).contains("positive");
  }

  @Test
  void a_decimal_where_a_whole_number_belongs_is_not_truncated() {
    String item = "{\"sku\":\"A\",\"nameEn\":\"x\",\"baseUnit\":\"PCS\",\"packing\":{\"unitsPerCarton\":24.5,"
        + "\"lengthCm\":60,\"widthCm\":40,\"heightCm\":45,\"netWeightKg\":12,\"grossWeightKg\":13}}";
    JsonProblem p = problem(item, Item.class);
    assertThat(p.path()).isEqualTo("$.packing.unitsPerCarton");
    assertThat(p.message()).contains("24.5");
  }

  @Test
  void a_missing_whole_number_is_a_problem_not_a_zero() {
    JsonProblem p = problem("{\"instalments\":[{\"percent\":100,\"method\":\"TT\",\"due\":\"ON_CONFIRMATION\"}]}", PaymentTerms.class);
    assertThat(p.path()).isEqualTo("$.instalments[0].days");
    assertThat(p.message()).isEqualTo("a value of type int is required here (missing or null)");
    assertThat(problem("{\"sku\":\"A\",\"nameEn\":\"x\",\"baseUnit\":\"PCS\",\"standardLeadTimeDays\":null}", Item.class).path())
        .isEqualTo("$.standardLeadTimeDays");
  }

  @Test
  void malformed_and_empty_documents_are_problems_at_the_document() {
    assertThat(problem("{\"amount\":1,", Money.class).message()).startsWith("malformed JSON at line 1, column");
    assertThat(problem("{\"amount\":1,\"currency\":\"USD\"} x", Money.class).message()).contains("malformed JSON");
    assertThat(problem("{\"amount\":1,\"currency\":\"USD\",\"amount\":2}", Money.class).message()).contains("Duplicate field 'amount'");
    assertThat(problem("", Money.class)).isEqualTo(new JsonProblem("$", "the document is empty"));
    assertThat(problem("null", Money.class)).isEqualTo(new JsonProblem("$", "the document is empty or null"));
    assertThat(problem("[1, 2]", Quantity.class).message()).contains("Quantity");
  }

  @Test
  void a_missing_file_is_a_problem_and_a_good_file_reads(@TempDir Path dir) throws Exception {
    JsonProblem p = GendanJson.read(dir.resolve("nope.json"), Money.class).getLeft();
    assertThat(p.path()).isEqualTo("$");
    assertThat(p.message()).startsWith("file not found: ").contains("nope.json");
    Path file = dir.resolve("money.json");
    Files.writeString(file, "{\"amount\": 3, \"currency\": \"CNY\"}");
    assertThat(GendanJson.read(file, Money.class).get()).isEqualTo(Money.of("3", "CNY"));
    InputStream in = new ByteArrayInputStream("{\"amount\": 3, \"currency\": \"CNY\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(GendanJson.read(in, GendanJson.mapper().constructType(Money.class)).get()).isEqualTo(Money.of("3", "CNY"));
  }

  // ------------------------------------------------------------ documented input limits

  @Test
  void nesting_deeper_than_the_limit_is_refused() {
    int max = GendanJson.MAX_NESTING_DEPTH;
    TypeReference<List<Object>> lists = new TypeReference<>() {};
    assertThat(GendanJson.read("[".repeat(max) + "]".repeat(max), lists).isRight()).isTrue();
    JsonProblem p = GendanJson.read("[".repeat(max + 1) + "]".repeat(max + 1), lists).getLeft();
    assertThat(p.message()).startsWith("input limit exceeded: ").contains("nesting depth (65)").contains("(64)");
  }

  @Test
  void strings_longer_than_the_limit_are_refused() {
    int max = GendanJson.MAX_STRING_LENGTH;
    assertThat(GendanJson.read("\"" + "x".repeat(max) + "\"", String.class).get()).hasSize(max);
    JsonProblem p = GendanJson.read("{\"id\":\"" + "x".repeat(max + 1) + "\"}", Map.class).getLeft();
    assertThat(p.message()).startsWith("input limit exceeded: ").contains("String value length");
  }

  @Test
  void numbers_longer_than_the_limit_are_refused() {
    String digits = "1".repeat(GendanJson.MAX_NUMBER_LENGTH + 1);
    JsonProblem p = problem("{\"amount\":" + digits + ",\"currency\":\"USD\"}", Money.class);
    assertThat(p.message()).startsWith("input limit exceeded: ").contains("Number value length");
  }

  @Test
  void a_short_number_with_an_absurd_exponent_is_refused_at_once() {
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThat(problem("{\"amount\":1e100000000,\"currency\":\"USD\"}", Money.class).message()).contains("too large");
      assertThat(problem("{\"amount\":1e-100000000,\"currency\":\"USD\"}", Money.class).message()).contains("at most 2 decimals");
      assertThat(problem("{\"value\":1e100000000,\"unit\":\"PCS\"}", Quantity.class).message()).contains("too large");
      assertThat(problem("{\"value\":-1e-100000000,\"unit\":\"PCS\"}", Quantity.class).message()).contains("decimals");
      assertThat(problem("{\"amount\":1e100000000,\"currency\":\"USD\"}", org.gendan.core.money.UnitPrice.class).message()).contains("too large");
      assertThat(problem("{\"base\":\"USD\",\"quote\":\"CNY\",\"rate\":1e-100000000,\"date\":\"2026-01-01\"}",
          org.gendan.core.money.ExchangeRate.class).message()).contains("out of range");
      assertThat(problem("{\"instalments\":[{\"percent\":1e-100000000,\"method\":\"TT\",\"due\":\"AT_SIGHT\",\"days\":0}]}",
          PaymentTerms.class).message()).contains("more than 4 decimals");
    });
  }

  @Test
  void a_document_larger_than_the_limit_is_refused_while_streaming() {
    long size = GendanJson.MAX_DOCUMENT_LENGTH + 10;
    InputStream huge = new InputStream() {
      long sent;

      @Override
      public int read() {
        return sent < size ? (sent++ == 0 ? '[' : ' ') : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (sent >= size) {
          return -1;
        }
        int n = (int) Math.min(len, size - sent);
        for (int i = 0; i < n; i++) {
          b[off + i] = (byte) (sent + i == 0 ? '[' : ' ');
        }
        sent += n;
        return n;
      }
    };
    JsonProblem p = GendanJson.read(huge, GendanJson.mapper().constructType(List.class)).getLeft();
    assertThat(p.message()).startsWith("input limit exceeded: ").contains("Document length");
  }

  // ------------------------------------------------------------ the problem value and the API

  @Test
  void a_problem_needs_a_path_and_a_message() {
    assertThatThrownBy(() -> new JsonProblem(null, "m")).isInstanceOf(NullPointerException.class).hasMessage("path");
    assertThatThrownBy(() -> new JsonProblem("$", null)).isInstanceOf(NullPointerException.class).hasMessage("message");
    assertThat(new JsonProblem("$.a", "bad")).hasToString("$.a: bad");
  }

  @Test
  void readers_and_writers_refuse_null_arguments() {
    assertThatThrownBy(() -> GendanJson.write(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> GendanJson.read((String) null, Money.class)).isInstanceOf(NullPointerException.class).hasMessage("json");
    assertThatThrownBy(() -> GendanJson.read("{}", (Class<Money>) null)).isInstanceOf(NullPointerException.class).hasMessage("type");
    assertThatThrownBy(() -> GendanJson.read((Path) null, Money.class)).isInstanceOf(NullPointerException.class).hasMessage("file");
    assertThatThrownBy(() -> GendanJson.read((InputStream) null, GendanJson.mapper().constructType(Money.class)))
        .isInstanceOf(NullPointerException.class).hasMessage("in");
  }

  @Test
  void a_new_mapper_is_configured_like_the_shared_one() {
    String json = GendanJson.write(Money.of("1", "USD"));
    assertThat(GendanJson.newMapper()).isNotSameAs(GendanJson.mapper());
    Assertions.assertDoesNotThrow(() -> assertThat(GendanJson.newMapper().readValue(json, Money.class)).isEqualTo(Money.of("1", "USD")));
  }
}
