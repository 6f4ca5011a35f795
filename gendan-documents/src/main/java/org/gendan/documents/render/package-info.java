/**
 * Rendering of documents: {@link org.gendan.documents.render.HtmlRenderer} writes bilingual
 * (中文 / English), print-ready HTML from logic-less Mustache templates that users can replace with
 * their own letterhead and layout. Every value taken from a document is HTML-escaped.
 * {@link org.gendan.documents.render.PdfRenderer} turns that HTML into PDF with an embedded CJK font;
 * {@link org.gendan.documents.render.UblInvoiceWriter} writes the commercial invoice as UBL 2.1 XML.
 * JSON is written and read with {@code org.gendan.core.json.GendanJson}.
 */
package org.gendan.documents.render;
