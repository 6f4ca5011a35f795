package org.gendan.documents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.gendan.core.money.Money;
import org.immutables.value.Value;

/**
 * A reconciliation statement (对帐表) for one customer: each order with what was ordered, shipped,
 * invoiced, received and is outstanding, the payments received with their dates, and the balance the
 * customer owes (negative: overpaid). Build with {@code ReconciliationStatement.builder()} or
 * {@link ProductionDocuments#reconciliation}.
 */
@Value.Immutable
@JsonSerialize(as = ReconciliationStatement.class)
@JsonDeserialize(as = ReconciliationStatement.class)
abstract class AbstractReconciliationStatement {

  /** The statement number. */
  public abstract String number();

  /** The date the statement is made up to. */
  public abstract LocalDate asOf();

  /** The seller. */
  public abstract DocumentParty seller();

  /** The customer. */
  public abstract DocumentParty customer();

  /** The currency of all amounts. */
  public abstract Currency currency();

  /** The orders, by order date then id. */
  public abstract List<ReconciliationLine> orders();

  /** The payments received, by date then order. */
  public abstract List<PaymentLine> payments();

  /** Σ invoiced. */
  public abstract Money totalInvoiced();

  /** Σ received. */
  public abstract Money totalReceived();

  /** The balance the customer owes: invoiced − received. */
  public abstract Money balance();

  @Value.Check
  protected void check() {
    DocumentChecks.number(number(), "statement number");
    DocumentChecks.money(totalInvoiced(), currency());
    DocumentChecks.money(totalReceived(), currency());
    DocumentChecks.money(balance(), currency());
    orders().forEach(o -> DocumentChecks.money(o.invoiced(), currency()));
    payments().forEach(p -> DocumentChecks.money(p.amount(), currency()));
    if (!totalInvoiced().minus(totalReceived()).equals(balance())) {
      throw new IllegalArgumentException("statement " + number() + ": balance " + balance() + " is not invoiced " + totalInvoiced()
          + " - received " + totalReceived());
    }
  }
}
