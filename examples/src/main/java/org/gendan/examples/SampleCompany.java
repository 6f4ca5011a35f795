package org.gendan.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.FollowUpScope;
import org.gendan.core.order.IntakeChannel;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.OriginCertificate;
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
import org.gendan.core.review.OrderReview;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.IncotermRule;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.terms.PaymentTerms;

/**
 * The master data of a small sample exporter used by the example programs: a knitwear factory in
 * Ningbo (宁波) selling T-shirts and polo shirts to a key customer in Hamburg.
 */
public final class SampleCompany {

  /** The key customer. */
  public static final CustomerId HANSA = CustomerId.of("C-HANSA");
  /** Men's cotton T-shirt. */
  public static final Sku TSHIRT = Sku.of("TS-1001");
  /** Men's polo shirt. */
  public static final Sku POLO = Sku.of("PL-2002");

  private SampleCompany() {}

  /** Hansa Textil GmbH, a key account (重点客户) on T/T 30/70 and FOB Ningbo. */
  public static Customer hansa() {
    return Customer.builder().id(HANSA).nameEn("Hansa Textil GmbH").nameZh("汉莎纺织")
        .country(CountryCode.of("DE")).region("EU").tier(CustomerTier.KEY)
        .defaultPaymentTerms(PaymentTerms.depositAndBalance(30, PaymentDue.BEFORE_SHIPMENT))
        .defaultIncoterm(Incoterm.of(IncotermRule.FOB, "NINGBO")).salesRep("wang.fang").build();
  }

  /** The items the factory makes. */
  public static List<Item> items() {
    Item tshirt = Item.builder().sku(TSHIRT).nameEn("Men's cotton T-shirt").nameZh("男式全棉T恤")
        .specification("100% cotton 180 g/m², crew neck").hsCode(HsCode.of("6109.10.0000"))
        .baseUnit(Unit.PCS).packing(PackingSpec.of(24, "60", "40", "45", "12.0", "13.5"))
        .makeOrBuy(MakeOrBuy.MAKE).standardLeadTimeDays(35).statutoryInspection(true).build();
    Item polo = Item.builder().sku(POLO).nameEn("Men's polo shirt").nameZh("男式POLO衫")
        .specification("pique 220 g/m², 3 buttons").hsCode(HsCode.of("6105.10.0000")).baseUnit(Unit.PCS)
        .packing(PackingSpec.of(36, "58", "38", "40", "10.8", "12.0"))
        .makeOrBuy(MakeOrBuy.MAKE).standardLeadTimeDays(40).build();
    return List.of(tshirt, polo);
  }

  /** Hansa's 2026 price list, the standard list, and the last confirmed polo price. */
  public static PriceBook prices() {
    PriceList hansaList = new PriceList("PL-HANSA-2026", Optional.of(HANSA), LocalDate.of(2026, 1, 1),
        Optional.of(LocalDate.of(2026, 12, 31)), Map.of(TSHIRT, UnitPrice.of("3.20", "USD")));
    PriceList standard = new PriceList("PL-STD-2026", Optional.empty(), LocalDate.of(2026, 1, 1),
        Optional.empty(), Map.of(TSHIRT, UnitPrice.of("3.60", "USD"), POLO, UnitPrice.of("5.10", "USD")));
    ConfirmedPrice lastPolo = new ConfirmedPrice(HANSA, POLO, UnitPrice.of("4.85", "USD"), LocalDate.of(2025, 11, 3),
        "SO-2025-0977");
    return new PriceBook(List.of(hansaList, standard), List.of(lastPolo));
  }

  /** Order review (审单) over this company's master data, without capacity or material checks. */
  public static OrderReview review() {
    return OrderReview.builder().customers(List.of(hansa())).items(items()).priceBook(prices()).build();
  }

  /**
   * A phone order from Hansa taken on {@code orderDate}: 4,800 T-shirts and 1,800 polos, delivery in 60
   * days, FOB Ningbo, T/T 30 % deposit and 70 % before shipment, a sample to approve, statutory
   * inspection (法检) and a general certificate of origin, followed until payment (全程跟单).
   */
  public static SalesOrder phoneOrder(LocalDate orderDate) {
    return SalesOrder.builder()
        .id(OrderId.of("SO-2026-0412")).customerId(HANSA).customerPoNumber("HT-PO-88121")
        .intakeChannel(IntakeChannel.PHONE).orderDate(orderDate).currency(Money.currency("USD"))
        .addLines(OrderLine.builder().lineNo(1).sku(TSHIRT).quantity(Quantity.of(4800, Unit.PCS))
            .unitPrice(UnitPrice.of("3.20", "USD")).putAttributes("colour", "navy").putAttributes("size", "M-XL").build())
        .addLines(OrderLine.builder().lineNo(2).sku(POLO).quantity(Quantity.of(1800, Unit.PCS))
            .unitPrice(UnitPrice.of("4.85", "USD")).putAttributes("colour", "white").build())
        .deliveryDate(orderDate.plusDays(60))
        .incoterm(Incoterm.of(IncotermRule.FOB, "NINGBO"))
        .paymentTerms(PaymentTerms.depositAndBalance(30, PaymentDue.BEFORE_SHIPMENT))
        .packing(PackingRequirements.of("each piece in a polybag, 24 T-shirts or 36 polos per export carton"))
        .shippingMarks(ShippingMarks.of("HANSA", "HT-PO-88121", "HAMBURG", "C/NO. 1-UP"))
        .shipmentMode(ShipmentMode.SEA_FCL).portOfLoading("NINGBO").destination("HAMBURG")
        .scope(FollowUpScope.TO_PAYMENT).sampleRequired(true).statutoryInspection(true)
        .originCertificate(OriginCertificate.GENERAL_CO)
        .build();
  }
}
