package org.gendan.documents.check;

/**
 * The rules of the consistency check with their sources. Articles marked {@link #isRecalled()} were
 * taken from memory of the ICC text and not checked against a copy: verify the paragraph before
 * quoting it to a bank.
 */
public enum ConsistencyRule {
  /** Data in one document must not conflict with another or the credit. */
  R_DATA("R-DATA", "UCP 600 art. 14(d)", false),
  /** The invoice's goods description corresponds with the credit's. */
  R_DESC_CI("R-DESC-CI", "UCP 600 art. 18(c); ISBP 821 C3", false),
  /** The invoice is issued by the beneficiary. */
  R_CI_ISSUER("R-CI-ISSUER", "UCP 600 art. 18(a)(i); ISBP 821 C2", false),
  /** The invoice is made out in the name of the applicant. */
  R_CI_BUYER("R-CI-BUYER", "UCP 600 art. 18(a)(ii)", false),
  /** The invoice is in the currency of the credit. */
  R_CI_CCY("R-CI-CCY", "UCP 600 art. 18(a)(iii)", false),
  /** The invoice amount is within the credit amount and its tolerance. */
  R_CI_AMOUNT("R-CI-AMOUNT", "UCP 600 art. 18(b), 30", false),
  /** A pro-forma or provisional invoice is not an invoice. */
  R_CI_TITLE("R-CI-TITLE", "ISBP 821 C1", false),
  /** The invoice shows the credit's trade term. */
  R_CI_TERM("R-CI-TERM", "ISBP 821 C8", true),
  /** Invoice totals of quantity, weight and measurement do not conflict with other documents. */
  R_CI_TOTALS("R-CI-TOTALS", "ISBP 821 C11", true),
  /** No over-shipment and no goods not called for. */
  R_CI_EXTRA("R-CI-EXTRA", "ISBP 821 C12", true),
  /** Packing list totals are consistent and agree with the other documents. */
  R_PL_TOTALS("R-PL-TOTALS", "ISBP 821 M6", false),
  /** "About" allows ±10% on the figure it qualifies. */
  R_ABOUT("R-ABOUT", "UCP 600 art. 30(a)", false),
  /** Bulk quantities may vary ±5%. */
  R_QTY_5("R-QTY-5", "UCP 600 art. 30(b)", false),
  /** A drawing up to 5% less is allowed under conditions. */
  R_AMT_5LESS("R-AMT-5LESS", "UCP 600 art. 30(c)", false),
  /** Presentation within 21 days after shipment and not after expiry. */
  R_PRESENT_21("R-PRESENT-21", "UCP 600 art. 14(c)", false),
  /** Presentation on or before the expiry date. */
  R_EXPIRY("R-EXPIRY", "UCP 600 art. 6(d)(i), 6(e); art. 29(a)", false),
  /** Shipment on or before the latest shipment date, which is never extended. */
  R_SHIP_LATEST("R-SHIP-LATEST", "L/C field 44C; UCP 600 art. 3, 29(c)", false),
  /** No document dated after the presentation. */
  R_DOC_DATE("R-DOC-DATE", "UCP 600 art. 14(i); ISBP 821 A12", false),
  /** Beneficiary and applicant addresses in the same country as in the credit. */
  R_ADDR("R-ADDR", "UCP 600 art. 14(j)", false),
  /** Partial shipments when prohibited. */
  R_PARTIAL("R-PARTIAL", "UCP 600 art. 31", false),
  /** The amount in words states the amount in figures. */
  R_DRAFT_WORDS("R-DRAFT-WORDS", "ISBP 821 B14; 票据法 art. 8", true),
  /** A missing or mistyped credit number is not a ground for refusal. */
  R_LC_NO("R-LC-NO", "ISBP 821 Preliminary considerations viii", false),
  /** Line amounts and totals add up on the document itself. */
  R_ARITHMETIC("R-ARITHMETIC", "UCP 600 art. 14(d) (a document must not conflict with itself)", false),
  /** Quantities and amounts within the contract's more-or-less clause. */
  R_MORE_OR_LESS("R-MORE-OR-LESS", "sales contract more-or-less clause (溢短装条款)", false),
  /** The trade term's named place is of the right kind (port of shipment or destination). */
  R_TERM_PLACE("R-TERM-PLACE", "Incoterms 2020 (named place of the rule)", false),
  /** Shipment within the exchange voucher's validity. */
  R_VOUCHER_VALID("R-VOUCHER-VALID", "statutory inspection exchange voucher (换证凭条) validity", false),
  /** An exchange voucher is used once. */
  R_VOUCHER_ONCE("R-VOUCHER-ONCE", "statutory inspection exchange voucher (换证凭条) single use", false),
  /** The amount shipped is not above the voucher amount. */
  R_VOUCHER_AMOUNT("R-VOUCHER-AMOUNT", "statutory inspection exchange voucher (换证凭条) amount", false);

  private final String id;
  private final String article;
  private final boolean recalled;

  ConsistencyRule(String id, String article, boolean recalled) {
    this.id = id;
    this.article = article;
    this.recalled = recalled;
  }

  /** The rule's stable id, e.g. {@code R-CI-CCY}. */
  public String id() {
    return id;
  }

  /** The source article, e.g. {@code UCP 600 art. 18(a)(iii)}. */
  public String article() {
    return article;
  }

  /** True if the article number was recalled rather than checked against the ICC text. */
  public boolean isRecalled() {
    return recalled;
  }
}
