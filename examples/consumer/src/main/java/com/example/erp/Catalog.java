package com.example.erp;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
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
import org.gendan.documents.model.CompanyProfile;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.calendar.Shift;
import org.gendan.scheduling.mrp.PlanningItem;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.gendan.scheduling.resource.Plant;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.routing.Routing;
import org.gendan.scheduling.routing.RoutingBook;

/** Master data as our ERP would export it: a towel mill in Ningbo, two customers, its BOMs, routings and plant. */
final class Catalog {

  static final Sku TOWEL = Sku.of("TW-7001");
  static final Sku MAT = Sku.of("BM-7002");
  static final Sku BLANK = Sku.of("BL-7001");
  static final Sku TERRY = Sku.of("FAB-TERRY");
  static final Sku LABEL = Sku.of("LBL-01");
  static final CustomerId NORDIC = CustomerId.of("C-NORDIC");
  static final CustomerId OUTLET = CustomerId.of("C-OUTLET");

  private Catalog() {}

  static List<Customer> customers() {
    PaymentTerms tt = PaymentTerms.depositAndBalance(30, PaymentDue.BEFORE_SHIPMENT);
    return List.of(
        Customer.builder().id(NORDIC).nameEn("Nordic Home AB").country(CountryCode.of("SE")).tier(CustomerTier.A)
            .defaultPaymentTerms(tt).defaultIncoterm(Incoterm.of(IncotermRule.FOB, "NINGBO")).build(),
        Customer.builder().id(OUTLET).nameEn("Outlet Textiles Ltd").country(CountryCode.of("GB")).tier(CustomerTier.KEY)
            .defaultPaymentTerms(tt).build());
  }

  static List<Item> items() {
    return List.of(
        Item.builder().sku(TOWEL).nameEn("Waffle bath towel").nameZh("华夫格浴巾").specification("70x140 cm, 450 g/m²")
            .hsCode(HsCode.of("6302.60.9000")).baseUnit(Unit.PCS).packing(PackingSpec.of(40, "60", "40", "50", "18.0", "19.2"))
            .makeOrBuy(MakeOrBuy.MAKE).standardLeadTimeDays(10).build(),
        Item.builder().sku(MAT).nameEn("Terry bath mat").nameZh("毛圈地巾").specification("50x80 cm")
            .hsCode(HsCode.of("6302.60.9000")).baseUnit(Unit.PCS).packing(PackingSpec.of(50, "60", "40", "40", "20.0", "21.0"))
            .makeOrBuy(MakeOrBuy.MAKE).standardLeadTimeDays(8).build());
  }

  static PriceBook prices() {
    return new PriceBook(List.of(new PriceList("PL-2026", Optional.empty(), LocalDate.of(2026, 1, 1), Optional.empty(),
        java.util.Map.of(TOWEL, UnitPrice.of("2.35", "USD"), MAT, UnitPrice.of("3.10", "USD")))), List.of());
  }

  /** Towel → blank → terry fabric (2 levels), plus a label; the bath mat uses fabric and a label directly. */
  static BillOfMaterials bom() {
    return BillOfMaterials.of(List.of(
            BomLine.of(TOWEL, BLANK, BigDecimal.ONE), BomLine.of(TOWEL, LABEL, BigDecimal.ONE),
            BomLine.of(BLANK, TERRY, new BigDecimal("0.45")),
            BomLine.of(MAT, TERRY, new BigDecimal("0.6")), BomLine.of(MAT, LABEL, BigDecimal.ONE)))
        .getOrElseThrow(r -> new IllegalStateException(r.toString()));
  }

  /** MRP's view of the items: the sold items with their lead times, the blank we make and the materials we buy. */
  static List<PlanningItem> planningItems() {
    List<PlanningItem> planning = new ArrayList<>();
    for (Item i : items()) {
      planning.add(PlanningItem.builder().sku(i.sku()).unit(i.baseUnit()).makeOrBuy(i.makeOrBuy())
          .leadTimePeriods(i.standardLeadTimeDays()).build());
    }
    planning.add(PlanningItem.builder().sku(BLANK).unit(Unit.PCS).makeOrBuy(MakeOrBuy.MAKE).leadTimePeriods(4).build());
    planning.add(PlanningItem.builder().sku(TERRY).unit(Unit.KG).makeOrBuy(MakeOrBuy.BUY).leadTimePeriods(14).build());
    planning.add(PlanningItem.builder().sku(LABEL).unit(Unit.PCS).makeOrBuy(MakeOrBuy.BUY).leadTimePeriods(7).build());
    return planning;
  }

  static Plant plant() {
    WorkCalendar days = WorkCalendar.builder()
        .shift(Shift.of("day", LocalTime.of(8, 0), LocalTime.of(17, 0)), MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY)
        .holiday(LocalDate.of(2026, 4, 6)).build();   // 清明
    return Plant.of(WorkCenterGroup.of("CUT", "cutting", days, ProductionLine.of("CUT-1")),
        WorkCenterGroup.of("SEW", "sewing", days, ProductionLine.of("SEW-1"), ProductionLine.of("SEW-2")));
  }

  static RoutingBook routings() {
    return RoutingBook.of(List.of(
        Routing.of(TOWEL, Unit.PCS, Operation.of("cut", "CUT", 30, "0.05", 60), Operation.of("hem", "SEW", 20, "0.4", 0)),
        Routing.of(MAT, Unit.PCS, Operation.of("cut", "CUT", 30, "0.06", 60), Operation.of("bind", "SEW", 20, "0.5", 0))));
  }

  static CompanyProfile company() {
    return CompanyProfile.builder().nameEn("Ningbo Sunrise Towel Co., Ltd.").nameZh("宁波日升毛巾有限公司")
        .address("88 Jiangnan Road, Ningbo, Zhejiang").country(CountryCode.of("CN")).build();
  }

  /** The order the follow-up desk takes today: 6,000 towels and 2,000 bath mats for Nordic Home, by e-mail. */
  static SalesOrder nordicOrder(LocalDate today) {
    return SalesOrder.builder().id(OrderId.of("SO-26-0301")).customerId(NORDIC).customerPoNumber("NH-4471")
        .intakeChannel(IntakeChannel.EMAIL).orderDate(today).currency(Money.currency("USD"))
        .addLines(OrderLine.builder().lineNo(1).sku(TOWEL).quantity(Quantity.of(6000, Unit.PCS))
            .unitPrice(UnitPrice.of("2.35", "USD")).putAttributes("colour", "sand").build())
        .addLines(OrderLine.builder().lineNo(2).sku(MAT).quantity(Quantity.of(2000, Unit.PCS))
            .unitPrice(UnitPrice.of("3.10", "USD")).build())
        .deliveryDate(today.plusDays(59)).incoterm(Incoterm.of(IncotermRule.FOB, "NINGBO"))
        .paymentTerms(PaymentTerms.depositAndBalance(30, PaymentDue.BEFORE_SHIPMENT))
        .packing(PackingRequirements.of("each piece in a polybag, export cartons"))
        .shippingMarks(ShippingMarks.of("NORDIC HOME", "NH-4471", "GOTHENBURG", "C/NO. 1-UP"))
        .shipmentMode(ShipmentMode.SEA_FCL).portOfLoading("NINGBO").destination("GOTHENBURG")
        .scope(FollowUpScope.TO_PAYMENT).build();
  }

  /** An order already promised to the key customer, which the new one must not push late. */
  static SalesOrder promisedOrder(LocalDate today) {
    return nordicOrder(today).withId(OrderId.of("SO-26-0288")).withCustomerId(OUTLET).withCustomerPoNumber("OT-9120")
        .withLines(List.of(OrderLine.builder().lineNo(1).sku(TOWEL).quantity(Quantity.of(9000, Unit.PCS))
            .unitPrice(UnitPrice.of("2.20", "USD")).build()))
        .withDeliveryDate(today.plusDays(30));
  }
}
