package org.gendan.documents.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.gendan.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseAmountWordsTest {

  private final ChineseAmountWords words = ChineseAmountWords.PBOC;

  private static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "1409.50|人民币壹仟肆佰零玖元伍角",
      "6007.14|人民币陆仟零柒元壹角肆分",
      "1680.32|人民币壹仟陆佰捌拾元零叁角贰分",
      "107000.53|人民币壹拾万柒仟元零伍角叁分",
      "16409.02|人民币壹万陆仟肆佰零玖元零贰分",
      "325.04|人民币叁佰贰拾伍元零肆分",
      "10005.00|人民币壹万零伍元整",
      "100000.00|人民币壹拾万元整",
      "1000010.00|人民币壹佰万零壹拾元整",
      "20300400.00|人民币贰仟零叁拾万零肆佰元整",
      "100010001.00|人民币壹亿零壹万零壹元整",
      "300000000.07|人民币叁亿元零柒分",
      "1234567890.12|人民币壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元零壹角贰分",
      "0.05|人民币伍分",
      "10.00|人民币壹拾元整",
      "0.50|人民币伍角",
      "0.00|人民币零元整"})
  void every_reference_vector_is_written_canonically_and_read_back(String figures, String expected) {
    assertThat(words.toWords(cny(figures))).isEqualTo(expected);
    assertThat(words.parse(expected).get()).isEqualTo(cny(figures));
    assertThat(words.acceptedSpellings(cny(figures)).get(0)).isEqualTo(expected);
  }

  @Test
  void both_alternatives_of_rule_4c_are_accepted() {
    assertThat(words.parse("人民币壹仟陆佰捌拾元叁角贰分").get()).isEqualTo(cny("1680.32"));
    assertThat(words.parse("人民币壹拾万零柒仟元伍角叁分").get()).isEqualTo(cny("107000.53"));
    assertThat(words.acceptedSpellings(cny("1680.32")))
        .containsExactlyInAnyOrder("人民币壹仟陆佰捌拾元零叁角贰分", "人民币壹仟陆佰捌拾元叁角贰分");
  }

  @Test
  void zheng_or_zheng_alternative_and_traditional_forms_and_no_prefix_are_accepted() {
    assertThat(words.parse("人民币壹拾万元正").get()).isEqualTo(cny("100000"));
    assertThat(words.parse("壹拾万元整").get()).isEqualTo(cny("100000"));
    assertThat(words.parse("人民币壹仟肆佰零玖元伍角整").get()).isEqualTo(cny("1409.50"));
    assertThat(words.parse("人民币貳仟零參拾萬零肆佰圓整").get()).isEqualTo(cny("20300400"));
    assertThat(words.parse("人民币壹億零壹萬零壹元整").get()).isEqualTo(cny("100010001"));
  }

  @Test
  void a_missing_zero_after_yuan_before_fen_breaks_rule_4d() {
    var r = words.parse("人民币叁佰贰拾伍元肆分");
    assertThat(r.getLeft().code()).isEqualTo(AmountWords.NOT_WELL_FORMED);
    assertThat(r.getLeft().message()).contains("4(d)").contains("人民币叁佰贰拾伍元零肆分");
  }

  @Test
  void zheng_after_fen_breaks_rule_2() {
    assertThat(words.parse("人民币陆仟零柒元壹角肆分整").getLeft().message()).contains("rule 2");
    assertThat(words.parse("人民币壹拾元").getLeft().message()).contains("rule 2");
  }

  @Test
  void a_bare_shi_breaks_rule_5() {
    assertThat(words.parse("人民币拾万元整").getLeft().message()).contains("rule 5").contains("壹拾万元整");
  }

  @Test
  void lower_case_numerals_and_liang_break_rule_1() {
    assertThat(words.parse("人民币一百元整").getLeft().message()).contains("rule 1");
    assertThat(words.parse("人民币两佰元整").getLeft().message()).contains("两");
    assertThat(words.parse("人民币壹佰元伍毛").getLeft().message()).contains("毛");
    assertThat(words.parse("人民币100元整").getLeft().message()).contains("rule 1");
  }

  @Test
  void a_gap_after_the_prefix_breaks_rule_3() {
    assertThat(words.parse("人民币 壹佰元整").getLeft().message()).contains("rule 3");
  }

  @Test
  void misplaced_zeros_and_scrambled_units_are_rejected() {
    assertThat(words.parse("人民币壹仟零零玖元整").getLeft().code()).isEqualTo(AmountWords.NOT_WELL_FORMED);
    assertThat(words.parse("人民币壹佰壹仟元整").getLeft().code()).isEqualTo(AmountWords.UNREADABLE);
    assertThat(words.parse("人民币壹壹元整").getLeft().code()).isEqualTo(AmountWords.UNREADABLE);
    assertThat(words.parse("人民币壹亿柒仟元整").getLeft().code()).isEqualTo(AmountWords.NOT_WELL_FORMED);
    assertThat(words.parse("人民币元整").isLeft()).isTrue();
    assertThat(words.parse("人民币").isLeft()).isTrue();
    assertThat(words.parse("人民币壹佰元伍").isLeft()).isTrue();
    assertThat(words.parse("人民币壹佰美元整").getLeft().message()).contains("美");
  }

  @Test
  void words_that_differ_from_the_figures_make_a_void_bill() {
    var r = words.check("人民币壹仟陆佰捌拾元叁角贰分", cny("1680.23"));
    assertThat(r.getLeft().code()).isEqualTo(AmountWords.MISMATCH);
    assertThat(r.getLeft().message()).contains("票据法");
    assertThat(words.check("人民币壹仟陆佰捌拾元叁角贰分", cny("1680.32")).isRight()).isTrue();
  }

  @Test
  void dates_on_bills_follow_the_pboc_annex() {
    assertThat(words.dateOnBill(LocalDate.of(2026, 1, 15))).isEqualTo("贰零贰陆年零壹月壹拾伍日");
    assertThat(words.dateOnBill(LocalDate.of(2026, 10, 20))).isEqualTo("贰零贰陆年零壹拾月零贰拾日");
    assertThat(words.dateOnBill(LocalDate.of(2027, 12, 31))).isEqualTo("贰零贰柒年壹拾贰月叁拾壹日");
    assertThat(words.dateOnBill(LocalDate.of(2026, 3, 9))).isEqualTo("贰零贰陆年叁月零玖日");
  }

  @Test
  void bad_input_is_rejected_clearly() {
    assertThatThrownBy(() -> words.toWords(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> words.toWords(Money.of("1", "USD"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CNY");
    assertThatThrownBy(() -> words.toWords(cny("-0.01"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-negative");
    assertThatThrownBy(() -> words.toWords(cny("1000000000000.00"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    assertThat(words.toWords(cny("999999999999.99"))).isEqualTo("人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
    assertThatThrownBy(() -> words.acceptedSpellings(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> words.parse(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("words");
    assertThatThrownBy(() -> words.dateOnBill(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> words.dateOnBill(LocalDate.of(999, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(words.parse("   ").getLeft().code()).isEqualTo(AmountWords.UNREADABLE);
  }
}
