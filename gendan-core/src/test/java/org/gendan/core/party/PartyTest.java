package org.gendan.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.gendan.core.Ids;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.IncotermRule;
import org.gendan.core.terms.PaymentTerms;
import org.gendan.core.testing.ValueGen;
import org.junit.jupiter.api.Test;

class PartyTest {

  static Customer.Builder hansa() {
    return Customer.builder().id(CustomerId.of("C-HANSA")).nameEn("Hansa Textil GmbH").country(CountryCode.of("DE"))
        .tier(CustomerTier.KEY);
  }

  // ------------------------------------------------------------ tiers

  @Test
  void key_accounts_come_first_then_a_b_and_c_customers() {
    List<CustomerTier> tiers = new ArrayList<>(List.of(CustomerTier.C, CustomerTier.KEY, CustomerTier.B, CustomerTier.A));
    Collections.sort(tiers);
    assertThat(tiers).containsExactly(CustomerTier.KEY, CustomerTier.A, CustomerTier.B, CustomerTier.C);
    assertThat(CustomerTier.KEY.outranks(CustomerTier.A)).isTrue();
    assertThat(CustomerTier.C.outranks(CustomerTier.B)).isFalse();
    assertThat(CustomerTier.B.outranks(CustomerTier.B)).isFalse();
  }

  @Test
  void a_higher_tier_always_weighs_more_in_scheduling() {
    qt().forAll(ValueGen.tier(), ValueGen.tier()).checkAssert((a, b) -> {
      assertThat(a.outranks(b)).isEqualTo(a.defaultWeight() > b.defaultWeight());
      assertThat(a.outranks(b) && b.outranks(a)).isFalse();
    });
    assertThat(Arrays.stream(CustomerTier.values()).mapToInt(CustomerTier::defaultWeight)).containsExactly(8, 4, 2, 1);
  }

  // ------------------------------------------------------------ customers and suppliers

  @Test
  void a_customer_needs_an_id_an_english_name_a_country_and_a_tier() {
    Customer c = hansa().nameZh("汉莎纺织").region("EU").salesRep("wang.fang")
        .defaultPaymentTerms(PaymentTerms.depositAndBalance(30, org.gendan.core.terms.PaymentDue.BEFORE_SHIPMENT))
        .defaultIncoterm(Incoterm.of(IncotermRule.FOB, "NINGBO")).build();
    assertThat(c.nameZh()).contains("汉莎纺织");
    assertThat(c.country().englishName()).isEqualTo("Germany");
    assertThat(c.withTier(CustomerTier.B).tier()).isEqualTo(CustomerTier.B);
    assertThatThrownBy(() -> Customer.builder().id(CustomerId.of("C-1")).nameEn("X").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("country").hasMessageContaining("tier");
  }

  @Test
  void a_customer_with_a_blank_or_broken_name_is_refused() {
    assertThatThrownBy(() -> hansa().nameEn("  ").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("C-HANSA needs an English name");
    assertThatThrownBy(() -> hansa().nameEn("Hansa\u0000").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("control character");
    assertThatThrownBy(() -> hansa().nameEn("x".repeat(201)).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than 200");
    assertThatThrownBy(() -> hansa().region("r".repeat(101)).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region");
    assertThatThrownBy(() -> hansa().salesRep("a\u0007b").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sales rep");
    assertThatThrownBy(() -> hansa().nameEn(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("nameEn");
  }

  @Test
  void a_supplier_is_in_china_unless_told_otherwise() {
    Supplier s = Supplier.builder().id(SupplierId.of("S-001")).name("宁波制衣厂").kind(SupplierKind.FACTORY).build();
    assertThat(s.country()).isEqualTo(CountryCode.of("CN"));
    assertThatThrownBy(() -> Supplier.builder().id(SupplierId.of("S-001")).name(" ").kind(SupplierKind.FACTORY).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("S-001 needs a name");
    assertThatThrownBy(() -> Supplier.builder().id(SupplierId.of("S-001")).name("厂").kind(SupplierKind.FACTORY)
        .contact("c".repeat(201)).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contact");
  }

  // ------------------------------------------------------------ country codes and ids

  @Test
  void country_codes_are_iso_alpha_2_and_accept_lower_case_on_input() {
    assertThat(CountryCode.of(" de ")).isEqualTo(new CountryCode("DE"));
    assertThat(CountryCode.of("cn").englishName()).isEqualTo("China");
    assertThat(CountryCode.of("US").toString()).isEqualTo("US");
    assertThatThrownBy(() -> CountryCode.of("XX")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown country code 'XX'");
    assertThatThrownBy(() -> CountryCode.of("DEU")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CountryCode("de")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CountryCode.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CountryCode.of(null)).isInstanceOf(NullPointerException.class).hasMessage("country code");
  }

  @Test
  void ids_must_be_usable_identifiers() {
    assertThat(CustomerId.of("C-0012").toString()).isEqualTo("C-0012");
    assertThat(CustomerId.of("C-1").compareTo(CustomerId.of("C-2"))).isNegative();
    assertThat(SupplierId.of("S-1").compareTo(SupplierId.of("S-1"))).isZero();
    assertThatThrownBy(() -> CustomerId.of("")).isInstanceOf(IllegalArgumentException.class).hasMessage("customer id must not be blank");
    assertThatThrownBy(() -> CustomerId.of("   ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> CustomerId.of(" C-1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spaces");
    assertThatThrownBy(() -> CustomerId.of("C\t1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("control character").hasMessageContaining("C?1");
    assertThatThrownBy(() -> SupplierId.of("S".repeat(Ids.MAX_LENGTH + 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("supplier id is longer than 64");
    assertThat(SupplierId.of("S".repeat(Ids.MAX_LENGTH)).value()).hasSize(64);
    assertThatThrownBy(() -> CustomerId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("customer id");
    assertThatThrownBy(() -> SupplierId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("supplier id");
  }

  @Test
  void ids_pasted_from_a_spreadsheet_with_invisible_characters_are_refused() {
    assertThatThrownBy(() -> CustomerId.of("C-1\u00A0")).as("trailing no-break space").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not start or end with spaces");
    assertThatThrownBy(() -> CustomerId.of("\u00A0")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> CustomerId.of("\u3000C-1")).as("ideographic space").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spaces");
    assertThatThrownBy(() -> CustomerId.of("\uFEFFC-1")).as("byte order mark").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invisible format character").hasMessageContaining("'?C-1'");
    assertThatThrownBy(() -> CustomerId.of("C-\u200B1")).as("zero-width space").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invisible format character");
    assertThat(CustomerId.of("客户-01 Hansa").value()).isEqualTo("客户-01 Hansa");
  }

  @Test
  void free_text_allows_line_breaks_but_not_other_control_characters() {
    assertThat(Ids.requireText("line 1\nline 2\ttab", "remark", 100)).contains("line 2");
    assertThatThrownBy(() -> Ids.requireText("a\u001Bb", "remark", 100)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("remark contains a control character");
    assertThatThrownBy(() -> Ids.requireNonBlankText(" \n", "remark", 100)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("remark must not be blank");
    assertThat(Ids.requireText("", "remark", 100)).isEmpty();
    assertThatThrownBy(() -> Ids.requireText(null, "remark", 100)).isInstanceOf(NullPointerException.class).hasMessage("remark");
  }

  @Test
  void generated_parties_are_valid_and_copies_are_equal() {
    qt().withExamples(100).forAll(ValueGen.customer(), ValueGen.supplier()).checkAssert((c, s) -> {
      assertThat(Customer.copyOf(c)).isEqualTo(c);
      assertThat(c.withNameEn(c.nameEn())).isEqualTo(c);
      assertThat(Supplier.copyOf(s)).isEqualTo(s).hasSameHashCodeAs(s);
    });
  }
  @Test
  void the_tiers_of_a_customer_list_are_a_map_by_customer_id() {
    Customer hansa = org.gendan.core.testing.SampleData.hansa();
    Customer prospect = Customer.builder().from(hansa).id(CustomerId.of("C-NEW")).tier(CustomerTier.C).build();
    assertThat(CustomerTier.byCustomer(List.of(prospect, hansa)))
        .containsExactly(java.util.Map.entry(hansa.id(), CustomerTier.KEY), java.util.Map.entry(prospect.id(), CustomerTier.C));
    assertThat(CustomerTier.byCustomer(List.of(hansa, hansa))).containsOnlyKeys(hansa.id());
    assertThat(CustomerTier.byCustomer(List.of())).isEmpty();
  }

  @Test
  void a_customer_given_twice_with_two_tiers_or_a_null_customer_is_refused() {
    Customer hansa = org.gendan.core.testing.SampleData.hansa();
    Customer demoted = Customer.builder().from(hansa).tier(CustomerTier.B).build();
    assertThatThrownBy(() -> CustomerTier.byCustomer(List.of(hansa, demoted)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C-HANSA").hasMessageContaining("KEY");
    assertThatThrownBy(() -> CustomerTier.byCustomer(null)).isInstanceOf(NullPointerException.class).hasMessage("customers");
    assertThatThrownBy(() -> CustomerTier.byCustomer(Arrays.asList(hansa, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("customer");
  }
}
