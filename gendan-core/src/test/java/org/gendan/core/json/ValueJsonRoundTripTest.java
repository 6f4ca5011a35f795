package org.gendan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vavr.control.Either;
import java.util.Currency;
import java.util.List;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.measure.UnitConversions;
import org.gendan.core.money.ExchangeRate;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.party.CountryCode;
import org.gendan.core.party.Customer;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.party.Supplier;
import org.gendan.core.party.SupplierId;
import org.gendan.core.product.ConfirmedPrice;
import org.gendan.core.product.HsCode;
import org.gendan.core.product.Item;
import org.gendan.core.product.PackingSpec;
import org.gendan.core.product.PriceBook;
import org.gendan.core.product.PriceList;
import org.gendan.core.product.ReferencePrice;
import org.gendan.core.product.Sku;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.Instalment;
import org.gendan.core.terms.PaymentTerms;
import org.gendan.core.testing.ValueGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Write → read gives an equal value, and writing again gives the same text, for every value type. */
class ValueJsonRoundTripTest {

  static <T> void roundTrips(Gen<T> gen, Class<T> type, int examples) {
    qt().withExamples(examples).forAll(gen).checkAssert(value -> {
      String json = GendanJson.write(value);
      Either<JsonProblem, T> back = GendanJson.read(json, type);
      assertThat(back.isRight()).as("%s reads back, got %s", json, back).isTrue();
      assertThat(back.get()).isEqualTo(value);
      assertThat(GendanJson.write(back.get())).isEqualTo(json);
    });
  }

  @Test
  void money_exchange_rates_and_unit_prices_round_trip() {
    roundTrips(ValueGen.money(), Money.class, 300);
    roundTrips(ValueGen.exchangeRate(), ExchangeRate.class, 200);
    roundTrips(ValueGen.unitPrice(), UnitPrice.class, 200);
    roundTrips(ValueGen.currency(), Currency.class, 30);
  }

  @Test
  void quantities_units_and_conversions_round_trip() {
    roundTrips(ValueGen.quantity(), Quantity.class, 300);
    roundTrips(ValueGen.unit(), Unit.class, 50);
    roundTrips(ValueGen.conversion(), UnitConversions.Conversion.class, 100);
    roundTrips(ValueGen.unitConversions(), UnitConversions.class, 100);
  }

  @Test
  void parties_and_their_codes_round_trip() {
    roundTrips(ValueGen.customer(), Customer.class, 200);
    roundTrips(ValueGen.supplier(), Supplier.class, 100);
    roundTrips(ValueGen.customerId(), CustomerId.class, 50);
    roundTrips(ValueGen.supplierId(), SupplierId.class, 50);
    roundTrips(ValueGen.countryCode(), CountryCode.class, 50);
    roundTrips(ValueGen.tier(), CustomerTier.class, 20);
  }

  @Test
  void items_packing_and_prices_round_trip() {
    roundTrips(ValueGen.item(), Item.class, 200);
    roundTrips(ValueGen.packingSpec(), PackingSpec.class, 200);
    roundTrips(ValueGen.sku(), Sku.class, 50);
    roundTrips(ValueGen.hsCode(), HsCode.class, 50);
    roundTrips(ValueGen.priceList(), PriceList.class, 200);
    roundTrips(ValueGen.confirmedPrice(), ConfirmedPrice.class, 100);
    roundTrips(ValueGen.priceBook(), PriceBook.class, 100);
    roundTrips(ValueGen.referencePrice(), ReferencePrice.class, 100);
  }

  @Test
  void terms_and_rejections_round_trip() {
    roundTrips(ValueGen.paymentTerms(), PaymentTerms.class, 200);
    roundTrips(ValueGen.incoterm(), Incoterm.class, 100);
    roundTrips(ValueGen.paymentTerms().map(t -> t.instalments().get(0)), Instalment.class, 100);
    roundTrips(ValueGen.rejection(), Rejection.class, 100);
  }

  @Test
  void every_constant_of_every_enum_round_trips_by_name() {
    List<Class<? extends Enum<?>>> enums = List.of(Unit.class, org.gendan.core.measure.Dimension.class, CustomerTier.class,
        org.gendan.core.party.SupplierKind.class, org.gendan.core.product.MakeOrBuy.class, org.gendan.core.product.PriceSource.class,
        org.gendan.core.terms.IncotermRule.class, org.gendan.core.terms.PaymentMethod.class, org.gendan.core.terms.PaymentDue.class);
    for (Class<? extends Enum<?>> type : enums) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String json = GendanJson.write(constant);
        assertThat(json).isEqualTo("\"" + constant.name() + "\"");
        assertThat(GendanJson.read(json, type).get()).isEqualTo(constant);
      }
    }
  }

  @Test
  void lists_of_values_round_trip_through_a_type_reference() {
    qt().withExamples(50).forAll(org.quicktheories.generators.SourceDSL.lists().of(ValueGen.customer()).ofSizeBetween(0, 5))
        .checkAssert(customers -> {
          String json = GendanJson.write(customers);
          assertThat(GendanJson.read(json, new TypeReference<List<Customer>>() {}).get()).isEqualTo(customers);
        });
  }

  @Test
  void money_is_written_as_an_exact_amount_and_an_iso_code() {
    assertThat(GendanJson.write(Money.of("12.50", "USD")).replaceAll("\\s", "")).isEqualTo("{\"amount\":12.50,\"currency\":\"USD\"}");
    assertThat(GendanJson.write(Money.of("1200", "JPY")).replaceAll("\\s", "")).isEqualTo("{\"amount\":1200,\"currency\":\"JPY\"}");
    assertThat(GendanJson.write(Quantity.of(4800, Unit.PCS)).replaceAll("\\s", "")).isEqualTo("{\"unit\":\"PCS\",\"value\":4800}");
    assertThat(GendanJson.write(Quantity.of("1E+3", Unit.KG)).replaceAll("\\s", "")).isEqualTo("{\"unit\":\"KG\",\"value\":1000}");
    assertThat(GendanJson.write(HsCode.of("6109.10.0000"))).isEqualTo("\"6109100000\"");
  }

  @Test
  void money_is_read_from_a_string_amount_and_a_lower_case_code_too() {
    assertThat(GendanJson.read("{\"amount\": \"12.5\", \"currency\": \"usd\"}", Money.class).get()).isEqualTo(Money.of("12.50", "USD"));
    assertThat(GendanJson.read("\"de\"", CountryCode.class).get()).isEqualTo(CountryCode.of("DE"));
  }

  @Test
  void absent_optional_fields_are_left_out_of_the_json() {
    Customer c = Customer.builder().id(CustomerId.of("C-1")).nameEn("X").country(CountryCode.of("DE")).tier(CustomerTier.A).build();
    String json = GendanJson.write(c);
    assertThat(json).doesNotContain("nameZh").doesNotContain("region").doesNotContain("null");
    assertThat(GendanJson.read(json, Customer.class).get()).isEqualTo(c);
  }
}
