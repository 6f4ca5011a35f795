package org.gendan.core.testing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.CommandContext;
import org.gendan.core.order.FollowUpScope;
import org.gendan.core.order.IntakeChannel;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.PackingRequirements;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.order.ShipmentMode;
import org.gendan.core.order.ShippingMarks;
import org.gendan.core.party.CountryCode;
import org.gendan.core.party.Customer;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.ConfirmedPrice;
import org.gendan.core.product.HsCode;
import org.gendan.core.product.Item;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.PackingSpec;
import org.gendan.core.product.PriceBook;
import org.gendan.core.product.PriceList;
import org.gendan.core.product.Sku;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.IncotermRule;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.terms.PaymentTerms;

/** A small, fixed data set for example tests: a T-shirt factory exporting to Hamburg. */
public final class SampleData {
  private SampleData() {}

  /** The factory's zone. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** Review date of the examples. */
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  /** A fixed clock at 09:00 on {@code date}. */
  public static Clock clockAt(LocalDate date) {
    return Clock.fixed(ZonedDateTime.of(date.atTime(9, 0), SHANGHAI).toInstant(), SHANGHAI);
  }

  /** A context for the merchandiser Li on {@code date}. */
  public static CommandContext li(LocalDate date) {
    return CommandContext.of(clockAt(date), "li.ming");
  }

  public static final CustomerId HANSA = CustomerId.of("C-HANSA");
  public static final Sku TSHIRT = Sku.of("TS-1001");
  public static final Sku POLO = Sku.of("PL-2002");

  public static Customer hansa() {
    return Customer.builder().id(HANSA).nameEn("Hansa Textil GmbH").nameZh("汉莎纺织")
        .country(CountryCode.of("DE")).region("EU").tier(CustomerTier.KEY)
        .defaultPaymentTerms(PaymentTerms.depositAndBalance(30, PaymentDue.BEFORE_SHIPMENT))
        .defaultIncoterm(Incoterm.of(IncotermRule.FOB, "NINGBO")).salesRep("wang.fang").build();
  }

  public static Item tshirt() {
    return Item.builder().sku(TSHIRT).nameEn("Men's cotton T-shirt").nameZh("男式全棉T恤")
        .specification("100% cotton 180 g/m², crew neck").hsCode(HsCode.of("6109.10.0000"))
        .baseUnit(Unit.PCS).packing(PackingSpec.of(24, "60", "40", "45", "12.0", "13.5"))
        .makeOrBuy(MakeOrBuy.MAKE).standardLeadTimeDays(35).build();
  }

  public static Item polo() {
    return Item.builder().sku(POLO).nameEn("Men's polo shirt").nameZh("男式POLO衫")
        .hsCode(HsCode.of("6105.10.0000")).baseUnit(Unit.PCS)
        .packing(PackingSpec.of(36, "58", "38", "40", "10.8", "12.0"))
        .standardLeadTimeDays(40).statutoryInspection(false).build();
  }

  public static PriceBook prices() {
    PriceList hansaList = new PriceList("PL-HANSA-2026", Optional.of(HANSA), LocalDate.of(2026, 1, 1),
        Optional.of(LocalDate.of(2026, 12, 31)), Map.of(TSHIRT, UnitPrice.of("3.20", "USD")));
    PriceList standard = new PriceList("PL-STD-2026", Optional.empty(), LocalDate.of(2026, 1, 1),
        Optional.empty(), Map.of(TSHIRT, UnitPrice.of("3.60", "USD"), POLO, UnitPrice.of("5.10", "USD")));
    ConfirmedPrice lastPolo = new ConfirmedPrice(HANSA, POLO, UnitPrice.of("4.85", "USD"), LocalDate.of(2025, 11, 3), "SO-2025-0977");
    return new PriceBook(List.of(hansaList, standard), List.of(lastPolo));
  }

  /** A complete, reviewable order: 4,800 T-shirts + 1,800 polos for Hansa, FOB Ningbo, T/T 30/70. */
  public static SalesOrder order() {
    return SalesOrder.builder()
        .id(OrderId.of("SO-2026-0412")).customerId(HANSA).customerPoNumber("HT-PO-88121")
        .intakeChannel(IntakeChannel.EMAIL).orderDate(TODAY).currency(Money.currency("USD"))
        .addLines(OrderLine.builder().lineNo(1).sku(TSHIRT).quantity(Quantity.of(4800, Unit.PCS))
            .unitPrice(UnitPrice.of("3.20", "USD")).putAttributes("colour", "navy").build())
        .addLines(OrderLine.builder().lineNo(2).sku(POLO).quantity(Quantity.of(1800, Unit.PCS))
            .unitPrice(UnitPrice.of("4.85", "USD")).putAttributes("colour", "white").build())
        .deliveryDate(TODAY.plusDays(60))
        .incoterm(Incoterm.of(IncotermRule.FOB, "NINGBO"))
        .paymentTerms(PaymentTerms.depositAndBalance(30, PaymentDue.BEFORE_SHIPMENT))
        .packing(PackingRequirements.of("each piece in a polybag, 24 pcs per export carton"))
        .shippingMarks(ShippingMarks.of("HANSA", "HT-PO-88121", "HAMBURG", "C/NO. 1-UP"))
        .shipmentMode(ShipmentMode.SEA_FCL).portOfLoading("NINGBO").destination("HAMBURG")
        .scope(FollowUpScope.TO_PAYMENT).sampleRequired(true).statutoryInspection(true)
        .build();
  }

  /** 30% of the sample order's total. */
  public static Money deposit() {
    return order().paymentTerms().get().split(order().total()).get(0);
  }

  /** Helper for decimals. */
  public static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }
}
