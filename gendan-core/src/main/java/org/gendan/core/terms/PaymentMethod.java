package org.gendan.core.terms;

/** How an instalment is paid (付款方式). */
public enum PaymentMethod {
  /** Telegraphic transfer (电汇). */
  TT("T/T"),
  /** Documentary letter of credit (信用证). */
  LC("L/C"),
  /** Documents against payment (付款交单). */
  DP("D/P"),
  /** Documents against acceptance (承兑交单). */
  DA("D/A"),
  /** Open account (赊销). */
  OA("O/A");

  private final String documentText;

  PaymentMethod(String documentText) {
    this.documentText = documentText;
  }

  /** The abbreviation printed on documents, e.g. {@code T/T}. */
  public String documentText() {
    return documentText;
  }
}
