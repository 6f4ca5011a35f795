package org.gendan.documents.render;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.gendan.documents.model.BookingRequest;
import org.gendan.documents.model.CommercialInvoice;
import org.gendan.documents.model.PackingList;
import org.gendan.documents.model.ProformaInvoice;
import org.gendan.documents.model.Quotation;
import org.gendan.documents.model.ReconciliationStatement;
import org.gendan.documents.model.DelayReport;
import org.gendan.documents.model.FlowCard;
import org.gendan.documents.model.ProductionOrder;
import org.gendan.documents.model.OriginApplication;
import org.gendan.documents.model.InspectionApplication;
import org.gendan.documents.model.ShipmentNotice;
import org.gendan.documents.model.PurchaseContract;
import org.gendan.documents.model.SalesContract;
import org.gendan.documents.render.internal.FollowUpViews;
import org.gendan.documents.render.internal.ProductionViews;
import org.gendan.documents.render.internal.Views;

/**
 * Renders documents as bilingual (中文 / English), print-ready HTML (A4) from Mustache templates.
 *
 * <p>The built-in templates can be replaced per document with {@link #withTemplate} (a company's own
 * letterhead and layout). Templates are logic-less: they read the document's view, a map of formatted
 * strings, lists ({@code lines}, {@code marks}, {@code instalments}) and {@code has…} flags for
 * optional parts; see the built-in templates for the names. Every value is HTML-escaped, so markup or
 * script in a name or description prints as text. A template that names a value the view does not
 * have fails with an {@link IllegalArgumentException} naming it, instead of printing a blank.
 *
 * <p>Immutable and thread-safe; the same document always renders to the same bytes.
 */
public final class HtmlRenderer {

  private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(true).strictSections(false).emptyStringIsFalse(true);

  private final Map<DocumentTemplate, Template> templates;

  private HtmlRenderer(Map<DocumentTemplate, Template> templates) {
    this.templates = templates;
  }

  /** A renderer with the built-in templates. */
  public static HtmlRenderer standard() {
    Map<DocumentTemplate, Template> t = new EnumMap<>(DocumentTemplate.class);
    for (DocumentTemplate d : DocumentTemplate.values()) {
      t.put(d, COMPILER.compile(builtIn(d)));
    }
    return new HtmlRenderer(t);
  }

  /** The text of a built-in template, as a starting point for a company's own. */
  public static String builtIn(DocumentTemplate which) {
    Objects.requireNonNull(which, "which");
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(which.resourceName())) {
      if (in == null) {
        throw new IllegalStateException("built-in template " + which.resourceName() + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in template " + which.resourceName(), e);
    }
  }

  /**
   * A copy that renders {@code which} with the given Mustache template.
   *
   * @throws IllegalArgumentException if the template does not parse
   */
  public HtmlRenderer withTemplate(DocumentTemplate which, String template) {
    Objects.requireNonNull(which, "which");
    Objects.requireNonNull(template, "template");
    Template compiled;
    try {
      compiled = COMPILER.compile(template);
    } catch (MustacheException e) {
      throw new IllegalArgumentException("the " + which + " template does not parse: " + e.getMessage(), e);
    }
    Map<DocumentTemplate, Template> t = new EnumMap<>(templates);
    t.put(which, compiled);
    return new HtmlRenderer(t);
  }

  /** The sales contract as HTML. */
  public String render(SalesContract contract) {
    return execute(DocumentTemplate.SALES_CONTRACT, Views.of(Objects.requireNonNull(contract, "contract")));
  }

  /** The proforma invoice as HTML. */
  public String render(ProformaInvoice proforma) {
    return execute(DocumentTemplate.PROFORMA_INVOICE, Views.of(Objects.requireNonNull(proforma, "proforma")));
  }

  /** The commercial invoice as HTML. */
  public String render(CommercialInvoice invoice) {
    return execute(DocumentTemplate.COMMERCIAL_INVOICE, Views.of(Objects.requireNonNull(invoice, "invoice")));
  }

  /** The packing list as HTML. */
  public String render(PackingList packingList) {
    return execute(DocumentTemplate.PACKING_LIST, Views.of(Objects.requireNonNull(packingList, "packingList")));
  }

  /** The booking request as HTML. */
  public String render(BookingRequest booking) {
    return execute(DocumentTemplate.BOOKING_REQUEST, Views.of(Objects.requireNonNull(booking, "booking")));
  }

  /** The quotation as HTML. */
  public String render(Quotation quotation) {
    return execute(DocumentTemplate.QUOTATION, Views.of(Objects.requireNonNull(quotation, "quotation")));
  }

  /** The purchase contract to the factory as HTML. */
  public String render(PurchaseContract contract) {
    return execute(DocumentTemplate.PURCHASE_CONTRACT, FollowUpViews.of(Objects.requireNonNull(contract, "contract")));
  }

  /** The shipment notice as HTML. */
  public String render(ShipmentNotice notice) {
    return execute(DocumentTemplate.SHIPMENT_NOTICE, FollowUpViews.of(Objects.requireNonNull(notice, "notice")));
  }

  /** The statutory inspection application as HTML. */
  public String render(InspectionApplication application) {
    return execute(DocumentTemplate.INSPECTION_APPLICATION, FollowUpViews.of(Objects.requireNonNull(application, "application")));
  }

  /** The certificate-of-origin application as HTML. */
  public String render(OriginApplication application) {
    return execute(DocumentTemplate.ORIGIN_APPLICATION, FollowUpViews.of(Objects.requireNonNull(application, "application")));
  }

  /** The production order as HTML. */
  public String render(ProductionOrder productionOrder) {
    return execute(DocumentTemplate.PRODUCTION_ORDER, ProductionViews.of(Objects.requireNonNull(productionOrder, "productionOrder")));
  }

  /** The flow card as HTML. */
  public String render(FlowCard flowCard) {
    return execute(DocumentTemplate.FLOW_CARD, ProductionViews.of(Objects.requireNonNull(flowCard, "flowCard")));
  }

  /** The delay report as HTML. */
  public String render(DelayReport report) {
    return execute(DocumentTemplate.DELAY_REPORT, ProductionViews.of(Objects.requireNonNull(report, "report")));
  }

  /** The reconciliation statement as HTML. */
  public String render(ReconciliationStatement statement) {
    return execute(DocumentTemplate.RECONCILIATION_STATEMENT, ProductionViews.of(Objects.requireNonNull(statement, "statement")));
  }

  private String execute(DocumentTemplate which, Map<String, Object> view) {
    try {
      return templates.get(which).execute(view);
    } catch (MustacheException e) {
      throw new IllegalArgumentException("the " + which + " template cannot be filled: " + e.getMessage(), e);
    }
  }
}
