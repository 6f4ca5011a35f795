package org.gendan.documents.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.gendan.core.party.CountryCode;
import org.gendan.documents.model.CommercialInvoice;
import org.gendan.documents.model.DocumentParty;
import org.gendan.documents.model.DocumentSet;
import org.gendan.documents.model.GoodsLine;
import org.gendan.documents.model.PackingList;
import org.gendan.documents.model.PackingListLine;
import org.gendan.documents.testing.DocumentSamples;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  private final DocumentSet d = DocumentSamples.documents();
  private final HtmlRenderer html = HtmlRenderer.standard();

  @Test
  void the_commercial_invoice_shows_its_figures_in_both_languages() {
    String out = html.render(d.invoice());
    assertThat(out).startsWith("<!DOCTYPE html>").contains("<meta charset=\"UTF-8\"/>")
        .contains("商业发票").contains("COMMERCIAL INVOICE").contains("INV-2026-0412")
        .contains("4,800 PCS").contains("USD 3.20").contains("USD 15,360.00").contains("USD 24,090.00")
        .contains("SAY U.S. DOLLARS TWENTY-FOUR THOUSAND NINETY ONLY")
        .contains("USD 7,227.00").contains("USD 16,863.00")
        .contains("250 CTNS").contains("3,300.00 KGS").contains("26.010 CBM").contains("HS 6109.10.0000")
        .contains("C/NO. 1-250").contains("FOB NINGBO INCOTERMS 2020").contains("MSC ANNA V.612W").contains("CHINA");
  }

  @Test
  void the_packing_list_contract_and_proforma_render_their_figures() {
    assertThat(html.render(d.packingList())).contains("装箱单").contains("1-200").contains("201-250").contains("2,400.00 KGS")
        .contains("21.600 CBM").contains("26.010 CBM");
    assertThat(html.render(d.contract())).contains("外销合同").contains("SO-2026-0412").contains("HT-PO-88121")
        .contains("5% MORE OR LESS").contains("NOT ALLOWED").contains("TO BE COVERED BY THE BUYER");
    assertThat(html.render(d.proforma())).contains("形式发票").contains("PROFORMA INVOICE").contains("T/T 30%").contains("USD 7,227.00")
        .contains("BANK OF CHINA NINGBO BRANCH");
  }

  @Test
  void markup_and_script_in_names_and_descriptions_print_as_text() {
    String evil = "<script>alert('x')</script> & \"Co\"";
    GoodsLine l = d.invoice().lines().get(0);
    CommercialInvoice ci = d.invoice().withBuyer(new DocumentParty(evil, Optional.of("<b>street</b>"), CountryCode.of("DE")))
        .withLines(new GoodsLine(1, l.sku(), "<img src=x onerror=alert(1)>", l.hsCode(), l.quantity(), l.unitPrice(), l.amount()),
            d.invoice().lines().get(1));
    String out = html.render(ci);
    assertThat(out).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>street")
        .contains("&lt;script&gt;").contains("&lt;img src").contains("alert(1)&gt;").contains("&amp;").contains("&quot;Co&quot;");
    PackingListLine pl = d.packingList().lines().get(0);
    PackingList list = d.packingList().withLines(new PackingListLine(1, pl.sku(), "</td><script>x</script>", pl.quantity(), pl.unitsPerCarton(),
        pl.cartons(), pl.cartonRange(), pl.netWeight(), pl.grossWeight(), pl.measurement()), d.packingList().lines().get(1));
    assertThat(html.render(list)).doesNotContain("<script>").contains("&lt;/td&gt;&lt;script&gt;");
  }

  @Test
  void a_company_can_use_its_own_template_and_letterhead() {
    HtmlRenderer own = html.withTemplate(DocumentTemplate.COMMERCIAL_INVOICE,
        "<h1>SUNRISE LETTERHEAD</h1>{{number}}: {{#lines}}{{sku}}={{amount}};{{/lines}} {{total}}");
    assertThat(own.render(d.invoice())).isEqualTo("<h1>SUNRISE LETTERHEAD</h1>INV-2026-0412: TS-1001=USD 15,360.00;PL-2002=USD 8,730.00; USD 24,090.00");
    assertThat(own.render(d.packingList())).isEqualTo(html.render(d.packingList()));
    assertThat(HtmlRenderer.builtIn(DocumentTemplate.PACKING_LIST)).contains("{{#lines}}");
  }

  @Test
  void rendering_is_deterministic() {
    assertThat(html.render(d.invoice())).isEqualTo(HtmlRenderer.standard().render(DocumentSamples.documents().invoice()));
  }

  @Test
  void bad_input_is_rejected_clearly() {
    assertThatThrownBy(() -> html.render((CommercialInvoice) null)).isInstanceOf(NullPointerException.class).hasMessageContaining("invoice");
    assertThatThrownBy(() -> html.render((PackingList) null)).isInstanceOf(NullPointerException.class).hasMessageContaining("packingList");
    assertThatThrownBy(() -> html.withTemplate(null, "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> html.withTemplate(DocumentTemplate.PACKING_LIST, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> html.withTemplate(DocumentTemplate.PACKING_LIST, "{{#lines}}unclosed")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not parse");
    HtmlRenderer typo = html.withTemplate(DocumentTemplate.PACKING_LIST, "{{totalGrossWieght}}");
    assertThatThrownBy(() -> typo.render(d.packingList())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("totalGrossWieght");
    assertThatThrownBy(() -> HtmlRenderer.builtIn(null)).isInstanceOf(NullPointerException.class);
  }
}
