package org.gendan.examples.sample;

import io.vavr.control.Either;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gendan.core.Rejection;
import org.gendan.core.json.GendanJson;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.CommandContext;
import org.gendan.core.order.DocumentKind;
import org.gendan.core.order.FollowUpScope;
import org.gendan.core.order.InspectionVoucher;
import org.gendan.core.order.IntakeChannel;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderCommand;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.order.OriginCertificate;
import org.gendan.core.order.PackingRequirements;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.order.ShipmentMode;
import org.gendan.core.order.ShippingMarks;
import org.gendan.core.party.CountryCode;
import org.gendan.core.party.Customer;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.party.Supplier;
import org.gendan.core.party.SupplierId;
import org.gendan.core.party.SupplierKind;
import org.gendan.core.product.HsCode;
import org.gendan.core.product.Item;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.PackingSpec;
import org.gendan.core.product.PriceBook;
import org.gendan.core.product.PriceList;
import org.gendan.core.product.Sku;
import org.gendan.core.review.OrderReview;
import org.gendan.core.review.ReviewReport;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.IncotermRule;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.terms.PaymentTerms;

/**
 * Generates the embedded sample factory from a seed: 华纺 Huafang Home &amp; Apparel Co., Ltd., a garment and
 * home-textile exporter in Ningbo (宁波) that also trades goods bought from other factories.
 *
 * <p>What it makes, for a given seed always the same:
 * <ul>
 *   <li>20 customers in three tiers (重点 KEY, A, B) from eleven countries, with English and Chinese
 *       names, default payment terms (T/T 30/70, L/C at sight, O/A 60 days) and Incoterms;</li>
 *   <li>8 suppliers (fabric mills, trim and carton vendors, two trading factories);</li>
 *   <li>60 sellable items — 48 made in ten families (T-shirts, polos, hoodies, pyjamas, bed sheets, duvet
 *       covers, pillowcases, towels, curtains, tablecloths) and 12 bought for trading — each with an HS
 *       code and a packing spec (units per carton, carton size, weights), plus the fabrics, trims and
 *       cartons they consume and a phantom packing kit per family;</li>
 *   <li>a two-level BOM below a phantom kit: garment → fabric (with scrap), thread, labels, buttons … and
 *       packing kit → polybag, hangtag, carton;</li>
 *   <li>routings cutting (裁剪) → sewing (缝制) → finishing and packing (后整包装) over 10 lines in 3
 *       departments, two shifts Monday to Saturday, closed for the National Day week (国庆);</li>
 *   <li>stock and open purchase orders, a few already past their promised date;</li>
 *   <li>200 orders in every lifecycle state, built by driving gendan-core's {@link Order} through its
 *       commands with a fixed clock per event, so every history replays; some of the newest carry the
 *       mistakes order review (审单) is there to catch.</li>
 * </ul>
 *
 * <p>Run {@link #main} with the resource folder to regenerate the committed JSON; a test checks that the
 * committed files equal a fresh generation with {@link #SEED}.
 */
public final class SampleFactoryGenerator {

  /** The seed the committed sample was generated with. */
  public static final long SEED = 20261001L;
  /** The sample's fixed "today": a Monday ten days before the National Day holiday. */
  public static final LocalDate TODAY = LocalDate.of(2026, 9, 21);
  /** The factory's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** How many orders the sample holds. */
  public static final int ORDER_COUNT = 200;

  private static final String USD = "USD";

  private final SplittableRandom random;
  private final List<Customer> customers = new ArrayList<>();
  private final List<Supplier> suppliers = new ArrayList<>();
  private final List<Item> goods = new ArrayList<>();
  private final List<Item> materials = new ArrayList<>();
  private final Map<Sku, BigDecimal> listPrice = new LinkedHashMap<>();
  private final List<FactoryJson.RoutingJson> routings = new ArrayList<>();
  private final List<FactoryJson.BomLineJson> bom = new ArrayList<>();
  private final Map<Sku, Unit> units = new LinkedHashMap<>();

  private SampleFactoryGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Writes the sample's JSON files into a folder.
   *
   * @param args the folder (default {@code examples/src/main/resources/org/gendan/examples/sample})
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/org/gendan/examples/sample");
    Files.createDirectories(dir);
    for (Map.Entry<String, String> f : files(SEED).entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
    System.out.println("wrote the sample factory (seed " + SEED + ") to " + dir.toAbsolutePath());
  }

  /** The sample's JSON files (name → text, in {@link SampleData#FILES} order) for a seed. */
  public static Map<String, String> files(long seed) {
    SampleFactoryGenerator g = new SampleFactoryGenerator(seed);
    g.build();
    Map<String, String> out = new LinkedHashMap<>();
    out.put("customers.json", GendanJson.write(g.customers) + "\n");
    out.put("suppliers.json", GendanJson.write(g.suppliers) + "\n");
    List<Item> items = new ArrayList<>(g.goods);
    items.addAll(g.materials);
    out.put("items.json", GendanJson.write(items) + "\n");
    out.put("prices.json", GendanJson.write(g.prices) + "\n");
    out.put("factory.json", GendanJson.write(g.factory) + "\n");
    out.put("orders.json", GendanJson.write(g.orders) + "\n");
    return out;
  }

  /** The sample generated from a seed, as domain values. */
  public static SampleData generate(long seed) {
    return SampleData.fromJson(files(seed));
  }

  private PriceBook prices;
  private FactoryJson factory;
  private final List<Order> orders = new ArrayList<>();

  private void build() {
    customers();
    suppliers();
    catalogue();
    prices = new PriceBook(List.of(new PriceList("PL-STD-2026", Optional.empty(), LocalDate.of(2026, 1, 1),
        Optional.of(LocalDate.of(2026, 12, 31)), priceMap())), List.of());
    factory = new FactoryJson(TODAY, ZONE.getId(), plant(), routings, bom, stock(), purchaseOrders(), inquiry());
    orders();
  }

  // ---------------------------------------------------------------- customers and suppliers

  private static final String[][] CUSTOMERS = {
      // id, English name, Chinese name, country, region, tier, terms, incoterm, place, rep
      {"C-HANSA", "Hansa Textil GmbH", "汉莎纺织", "DE", "EU", "KEY", "TT30", "FOB", "NINGBO", "wang.fang"},
      {"C-NORDHOME", "Nordhome AB", "北欧家居", "SE", "EU", "KEY", "LC", "FOB", "NINGBO", "wang.fang"},
      {"C-BAYLINEN", "Bay Linen Co.", "海湾家纺", "US", "NA", "KEY", "OA60", "FOB", "NINGBO", "chen.li"},
      {"C-KASUMI", "Kasumi Trading K.K.", "霞商事", "JP", "AS", "KEY", "TT30", "CIF", "TOKYO", "zhao.min"},
      {"C-MAISON", "Maison Claire SARL", "克莱尔之家", "FR", "EU", "A", "TT30", "FOB", "NINGBO", "wang.fang"},
      {"C-OAKWEAR", "Oakwear Ltd", "橡树服饰", "GB", "EU", "A", "LC", "CFR", "FELIXSTOWE", "wang.fang"},
      {"C-PACIFIC", "Pacific Basics Inc.", "太平洋基础服饰", "US", "NA", "A", "OA60", "FOB", "NINGBO", "chen.li"},
      {"C-DUTCHBED", "Dutch Bedding BV", "荷兰床品", "NL", "EU", "A", "TT30", "FOB", "NINGBO", "wang.fang"},
      {"C-SOUTHERN", "Southern Cross Homewares Pty", "南十字家居", "AU", "OC", "A", "TT30", "CIF", "SYDNEY", "zhao.min"},
      {"C-MAPLE", "Maple Apparel Corp.", "枫叶服装", "CA", "NA", "A", "LC", "FOB", "NINGBO", "chen.li"},
      {"C-ROMA", "Casa Roma S.r.l.", "罗马之家", "IT", "EU", "A", "TT30", "FOB", "NINGBO", "wang.fang"},
      {"C-IBERIA", "Iberia Hogar S.L.", "伊比利亚家居", "ES", "EU", "B", "TT30", "FOB", "NINGBO", "wang.fang"},
      {"C-SEOUL", "Seoul Living Co.", "首尔生活", "KR", "AS", "B", "TT30", "CFR", "BUSAN", "zhao.min"},
      {"C-GULF", "Gulf Linen Trading LLC", "海湾布草贸易", "AE", "ME", "B", "LC", "CFR", "JEBEL ALI", "zhao.min"},
      {"C-ALPINE", "Alpine Outfitters GmbH", "阿尔卑斯户外", "DE", "EU", "B", "TT30", "FOB", "NINGBO", "wang.fang"},
      {"C-TEXAS", "Lone Star Promo LLC", "孤星促销", "US", "NA", "B", "TT30", "FOB", "NINGBO", "chen.li"},
      {"C-THAMES", "Thames Hotel Supply Ltd", "泰晤士酒店用品", "GB", "EU", "B", "OA60", "FOB", "NINGBO", "wang.fang"},
      {"C-OSAKA", "Osaka Home Goods K.K.", "大阪家居", "JP", "AS", "B", "TT30", "FOB", "NINGBO", "zhao.min"},
      {"C-LYON", "Atelier Lyon SAS", "里昂工坊", "FR", "EU", "B", "TT30", "FOB", "NINGBO", "wang.fang"},
      {"C-KIWI", "Kiwi Kids Ltd", "奇异果童装", "NZ", "OC", "B", "TT30", "CIF", "AUCKLAND", "zhao.min"},
  };

  private void customers() {
    for (String[] c : CUSTOMERS) {
      customers.add(Customer.builder().id(CustomerId.of(c[0])).nameEn(c[1]).nameZh(c[2]).country(CountryCode.of(c[3]))
          .region(c[4]).tier(CustomerTier.valueOf(c[5])).defaultPaymentTerms(terms(c[6]))
          .defaultIncoterm(Incoterm.of(IncotermRule.valueOf(c[7]), c[8])).salesRep(c[9]).build());
    }
  }

  private static PaymentTerms terms(String code) {
    switch (code) {
      case "TT30":
        return PaymentTerms.depositAndBalance(30, PaymentDue.BEFORE_SHIPMENT);
      case "LC":
        return PaymentTerms.lcAtSight();
      case "OA60":
        return PaymentTerms.openAccount(60);
      default:
        throw new IllegalArgumentException("unknown terms code " + code);
    }
  }

  private static final String[][] SUPPLIERS = {
      {"S-SHAOXING", "绍兴柯桥华美纺织有限公司", "Shaoxing Huamei Textile Co.", "MATERIAL_VENDOR", "Shaoxing"},
      {"S-NANTONG", "南通家纺面料有限公司", "Nantong Home Fabrics Co.", "MATERIAL_VENDOR", "Nantong"},
      {"S-YIWU", "义乌辅料城商行", "Yiwu Trims Trading", "MATERIAL_VENDOR", "Yiwu"},
      {"S-CARTON", "宁波恒达纸箱厂", "Ningbo Hengda Carton Factory", "MATERIAL_VENDOR", "Ningbo"},
      {"S-PACK", "慈溪包装材料有限公司", "Cixi Packaging Materials Co.", "MATERIAL_VENDOR", "Cixi"},
      {"S-KNIT", "嘉兴针织厂", "Jiaxing Knitting Mill", "MATERIAL_VENDOR", "Jiaxing"},
      {"S-ZHUJI", "诸暨袜业有限公司", "Zhuji Socks & Accessories Co.", "FACTORY", "Zhuji"},
      {"S-HAINING", "海宁家纺制品厂", "Haining Home Textile Products", "FACTORY", "Haining"},
  };

  private void suppliers() {
    for (String[] s : SUPPLIERS) {
      suppliers.add(Supplier.builder().id(SupplierId.of(s[0])).name(s[1]).nameEn(s[2]).kind(SupplierKind.valueOf(s[3]))
          .city(s[4]).build());
    }
  }

  // ---------------------------------------------------------------- items, BOM and routings

  /** A product family: how its items are made, packed and priced. */
  private record Family(String code, String nameEn, String nameZh, String hs, Unit unit, String fabric, String fabricPerUnit,
      String extraTrim, String extraPerUnit, String cutMinutes, String sewMinutes, String packMinutes, int perCarton,
      String[] carton, String netKgPerUnit, String basePrice, boolean statutory, String[] variants) {}

  private static final Family[] FAMILIES = {
      new Family("TS", "Men's crew-neck T-shirt", "男式圆领T恤", "6109.10.0000", Unit.PCS, "FAB-JERSEY", "1.10", null, null,
          "0.12", "0.90", "0.25", 48, new String[] {"60", "40", "35"}, "0.19", "3.20", true,
          new String[] {"white/S-XL", "navy/S-XL", "black/S-XL", "heather grey/S-XL", "red/M-XXL"}),
      new Family("PL", "Men's pique polo shirt", "男式珠地POLO衫", "6105.10.0000", Unit.PCS, "FAB-PIQUE", "1.30", "TRM-BUTTON",
          "3", "0.15", "1.40", "0.30", 36, new String[] {"58", "38", "40"}, "0.26", "5.10", false,
          new String[] {"white/S-XL", "navy/S-XL", "bottle green/S-XL", "sky blue/M-XXL", "black/M-XXL"}),
      new Family("HD", "Unisex fleece hoodie", "男女款抓绒连帽衫", "6110.20.0000", Unit.PCS, "FAB-FLEECE", "1.80", "TRM-CORD",
          "1.4", "0.20", "2.20", "0.35", 20, new String[] {"60", "40", "45"}, "0.52", "9.80", false,
          new String[] {"charcoal/S-XL", "navy/S-XL", "oatmeal/S-XL", "forest/M-XXL", "black/M-XXL"}),
      new Family("PJ", "Women's cotton poplin pyjama set", "女式全棉府绸睡衣套装", "6208.21.0000", Unit.SET, "FAB-POPLIN",
          "3.00", "TRM-ELASTIC", "0.9", "0.25", "2.50", "0.40", 24, new String[] {"55", "40", "38"}, "0.38", "8.60", false,
          new String[] {"blue stripe/S-L", "pink check/S-L", "white/S-L", "navy dot/S-L", "sage/M-XL"}),
      new Family("BS", "Cotton percale flat sheet", "全棉精梳平纹床单", "6302.31.0000", Unit.PCS, "FAB-SHEETING", "2.60", null,
          null, "0.10", "0.50", "0.30", 20, new String[] {"52", "40", "42"}, "0.70", "7.40", true,
          new String[] {"white/single", "white/double", "white/king", "ivory/double", "grey/king"}),
      new Family("DC", "Cotton sateen duvet cover", "全棉贡缎被套", "6302.31.0000", Unit.PCS, "FAB-SHEETING", "4.60", "TRM-BUTTON",
          "6", "0.18", "0.95", "0.35", 12, new String[] {"55", "42", "40"}, "1.15", "12.50", true,
          new String[] {"white/double", "white/king", "stone/double", "navy/king", "blush/double"}),
      new Family("PC", "Cotton pillowcase", "全棉枕套", "6302.31.0000", Unit.PCS, "FAB-SHEETING", "0.85", null, null, "0.05",
          "0.30", "0.12", 100, new String[] {"55", "40", "30"}, "0.16", "1.60", true,
          new String[] {"white/standard", "white/oxford", "grey/standard", "ivory/standard", "navy/standard"}),
      new Family("TW", "Terry bath towel 70x140", "毛巾布浴巾70x140", "6302.60.0000", Unit.PCS, "FAB-TERRY", "1.45", null, null,
          "0.06", "0.40", "0.20", 30, new String[] {"60", "45", "45"}, "0.50", "4.20", true,
          new String[] {"white", "sand", "slate", "aqua", "coral"}),
      new Family("CT", "Voile curtain panel", "巴厘纱窗帘", "6303.92.0000", Unit.PCS, "FAB-VOILE", "2.80", "TRM-TAPE", "1.4",
          "0.15", "0.70", "0.25", 40, new String[] {"50", "40", "35"}, "0.30", "5.60", false,
          new String[] {"white/140x245", "ivory/140x245", "grey/140x245"}),
      new Family("TC", "Linen-look tablecloth", "仿麻桌布", "6302.53.0000", Unit.PCS, "FAB-LINEN", "2.10", null, null, "0.10",
          "0.40", "0.20", 40, new String[] {"50", "40", "30"}, "0.42", "6.30", false,
          new String[] {"natural/150x250", "white/150x250", "charcoal/150x250", "natural/150x300", "white/180x180"}),
  };

  /** Bought-in trading goods: code, name, Chinese name, HS, unit, per carton, carton, net kg, price, supplier. */
  private static final String[][] TRADED = {
      {"SK-01", "Cotton crew socks, 3-pack", "全棉中筒袜三双装", "6115.95.0000", "PAIR", "240", "55,40,35", "0.05", "1.10", "S-ZHUJI"},
      {"SK-02", "Terry sports socks, 3-pack", "毛圈运动袜三双装", "6115.95.0000", "PAIR", "200", "55,40,40", "0.06", "1.30", "S-ZHUJI"},
      {"GL-01", "Knitted touch-screen gloves", "针织触屏手套", "6116.93.0000", "PAIR", "300", "50,35,35", "0.04", "1.45", "S-ZHUJI"},
      {"GL-02", "Fleece-lined winter gloves", "加绒冬季手套", "6116.93.0000", "PAIR", "200", "55,40,40", "0.07", "2.20", "S-ZHUJI"},
      {"SC-01", "Acrylic knitted scarf", "腈纶针织围巾", "6117.10.0000", "PCS", "100", "55,40,40", "0.15", "2.60", "S-ZHUJI"},
      {"SC-02", "Cotton muslin scarf", "全棉纱布围巾", "6214.90.0000", "PCS", "120", "55,40,35", "0.10", "2.90", "S-ZHUJI"},
      {"AP-01", "Canvas kitchen apron", "帆布厨房围裙", "6211.42.0000", "PCS", "60", "55,40,35", "0.22", "3.40", "S-HAINING"},
      {"AP-02", "Chef's bib apron, striped", "条纹厨师围裙", "6211.42.0000", "PCS", "60", "55,40,35", "0.20", "3.10", "S-HAINING"},
      {"CC-01", "Cushion cover 45x45, jacquard", "提花抱枕套45x45", "6304.92.0000", "PCS", "100", "55,40,40", "0.12", "2.40", "S-HAINING"},
      {"CC-02", "Cushion cover 50x50, velvet", "丝绒抱枕套50x50", "6304.93.0000", "PCS", "80", "55,40,40", "0.16", "3.30", "S-HAINING"},
      {"BL-01", "Polar fleece throw 130x160", "摇粒绒毯130x160", "6301.40.0000", "PCS", "20", "60,40,45", "0.55", "4.90", "S-HAINING"},
      {"BL-02", "Cotton waffle blanket 150x200", "全棉华夫格毯150x200", "6301.30.0000", "PCS", "12", "60,40,45", "1.10", "11.20", "S-HAINING"},
  };

  /** Materials: SKU, name, Chinese name, HS, unit, lead days, supplier. */
  private static final String[][] MATERIALS = {
      {"FAB-JERSEY", "Cotton single jersey 180 g/m², 180 cm", "全棉单面汗布", "6006.22.0000", "M", "15", "S-KNIT"},
      {"FAB-PIQUE", "Cotton pique 220 g/m², 180 cm", "全棉珠地布", "6006.22.0000", "M", "15", "S-KNIT"},
      {"FAB-FLEECE", "CVC brushed fleece 300 g/m², 180 cm", "CVC抓绒布", "6001.22.0000", "M", "20", "S-KNIT"},
      {"FAB-POPLIN", "Cotton poplin 40x40 133x72, 150 cm", "全棉府绸", "5208.32.0000", "M", "18", "S-SHAOXING"},
      {"FAB-SHEETING", "Cotton percale 200 TC, 280 cm", "全棉精梳床品布", "5208.22.0000", "M", "20", "S-NANTONG"},
      {"FAB-TERRY", "Cotton terry 500 g/m², 150 cm", "全棉毛巾布", "5802.10.0000", "M", "20", "S-NANTONG"},
      {"FAB-VOILE", "Polyester voile, 300 cm", "涤纶巴厘纱", "5407.61.0000", "M", "12", "S-SHAOXING"},
      {"FAB-LINEN", "Poly-linen blend 240 g/m², 280 cm", "涤麻混纺布", "5515.11.0000", "M", "15", "S-SHAOXING"},
      {"TRM-THREAD", "Polyester sewing thread 40/2, 5000 m cone", "涤纶缝纫线", "5508.10.0000", "PCS", "5", "S-YIWU"},
      {"TRM-LABEL", "Woven main label with size", "织唛主标", "5807.10.0000", "PCS", "7", "S-YIWU"},
      {"TRM-BUTTON", "Polyester 4-hole button 18L", "树脂四眼扣", "9606.21.0000", "PCS", "7", "S-YIWU"},
      {"TRM-CORD", "Flat drawcord with metal tips", "扁平抽绳", "5609.00.0000", "M", "7", "S-YIWU"},
      {"TRM-ELASTIC", "Woven elastic 25 mm", "25毫米松紧带", "5806.20.0000", "M", "7", "S-YIWU"},
      {"TRM-TAPE", "Curtain heading tape 75 mm", "窗帘布带", "5806.32.0000", "M", "7", "S-YIWU"},
      {"PKG-POLYBAG", "PE polybag with warning text", "印字PE胶袋", "3923.21.0000", "PCS", "5", "S-PACK"},
      {"PKG-HANGTAG", "Printed hangtag with barcode", "条码吊牌", "4821.10.0000", "PCS", "5", "S-PACK"},
      {"PKG-CARTON", "5-ply export carton", "五层出口纸箱", "4819.10.0000", "PCS", "6", "S-CARTON"},
  };

  private void catalogue() {
    for (String[] m : MATERIALS) {
      Unit u = Unit.valueOf(m[4]);
      Item item = Item.builder().sku(Sku.of(m[0])).nameEn(m[1]).nameZh(m[2]).hsCode(HsCode.of(m[3])).baseUnit(u)
          .makeOrBuy(MakeOrBuy.BUY).standardLeadTimeDays(Integer.parseInt(m[5])).build();
      materials.add(item);
      units.put(item.sku(), u);
    }
    for (Family f : FAMILIES) {
      Sku kit = Sku.of("KIT-" + f.code());
      materials.add(Item.builder().sku(kit).nameEn(f.nameEn() + " packing kit").nameZh(f.nameZh() + "包装辅料套件")
          .baseUnit(f.unit()).makeOrBuy(MakeOrBuy.MAKE).standardLeadTimeDays(0).build());
      units.put(kit, f.unit());
      bom.add(line(kit, "PKG-POLYBAG", "1", "1", false));
      bom.add(line(kit, "PKG-HANGTAG", "1", "2", false));
      bom.add(line(kit, "PKG-CARTON", BigDecimal.ONE.divide(BigDecimal.valueOf(f.perCarton()), 6, RoundingMode.UP).toPlainString(),
          "0", false));
      for (int v = 0; v < f.variants().length; v++) {
        String variant = f.variants()[v];
        Sku sku = Sku.of(f.code() + "-" + (1001 + v));
        String colour = variant.contains("/") ? variant.substring(0, variant.indexOf('/')) : variant;
        BigDecimal net = new BigDecimal(f.netKgPerUnit()).multiply(BigDecimal.valueOf(f.perCarton())).setScale(1, RoundingMode.HALF_UP);
        BigDecimal gross = net.add(new BigDecimal("1.2"));
        goods.add(Item.builder().sku(sku).nameEn(f.nameEn() + ", " + colour).nameZh(f.nameZh() + " " + colour)
            .specification(variant).hsCode(HsCode.of(f.hs())).baseUnit(f.unit())
            .packing(PackingSpec.of(f.perCarton(), f.carton()[0], f.carton()[1], f.carton()[2], net.toPlainString(),
                gross.toPlainString()))
            .makeOrBuy(MakeOrBuy.MAKE).standardLeadTimeDays(25 + 5 * (v % 3)).statutoryInspection(f.statutory()).build());
        units.put(sku, f.unit());
        BigDecimal price = new BigDecimal(f.basePrice()).multiply(BigDecimal.ONE.add(BigDecimal.valueOf(v * 3L, 2)))
            .setScale(2, RoundingMode.HALF_UP);
        listPrice.put(sku, price);
        bom.add(line(sku, f.fabric(), f.fabricPerUnit(), "3", false));
        bom.add(line(sku, "TRM-THREAD", "0.004", "0", false));
        bom.add(line(sku, "TRM-LABEL", "1", "1", false));
        if (f.extraTrim() != null) {
          bom.add(line(sku, f.extraTrim(), f.extraPerUnit(), "2", false));
        }
        bom.add(line(sku, kit.value(), "1", "0", true));
        routings.add(new FactoryJson.RoutingJson(sku, f.unit(), List.of(
            new FactoryJson.OperationJson("cutting 裁剪", "CUT", 30, new BigDecimal(f.cutMinutes()), 60),
            new FactoryJson.OperationJson("sewing 缝制", "SEW", 90, new BigDecimal(f.sewMinutes()), 120),
            new FactoryJson.OperationJson("finishing and packing 后整包装", "PACK", 20, new BigDecimal(f.packMinutes()), 0))));
      }
    }
    for (String[] t : TRADED) {
      String[] c = t[6].split(",");
      Unit u = Unit.valueOf(t[4]);
      int per = Integer.parseInt(t[5]);
      BigDecimal net = new BigDecimal(t[7]).multiply(BigDecimal.valueOf(per)).setScale(1, RoundingMode.HALF_UP);
      Sku sku = Sku.of(t[0]);
      goods.add(Item.builder().sku(sku).nameEn(t[1]).nameZh(t[2]).hsCode(HsCode.of(t[3])).baseUnit(u)
          .packing(PackingSpec.of(per, c[0], c[1], c[2], net.toPlainString(), net.add(new BigDecimal("1.0")).toPlainString()))
          .makeOrBuy(MakeOrBuy.BUY).standardLeadTimeDays(30).build());
      units.put(sku, u);
      listPrice.put(sku, new BigDecimal(t[8]));
    }
  }

  private static FactoryJson.BomLineJson line(Sku parent, String component, String per, String scrap, boolean phantom) {
    return new FactoryJson.BomLineJson(parent, Sku.of(component), new BigDecimal(per), new BigDecimal(scrap), phantom);
  }

  private Map<Sku, UnitPrice> priceMap() {
    Map<Sku, UnitPrice> m = new LinkedHashMap<>();
    listPrice.forEach((sku, p) -> m.put(sku, UnitPrice.of(p.toPlainString(), USD)));
    return m;
  }

  // ---------------------------------------------------------------- plant, stock, purchases, inquiry

  private List<FactoryJson.GroupJson> plant() {
    List<DayOfWeek> monSat = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    List<LocalDate> nationalDay = new ArrayList<>();
    for (int d = 1; d <= 7; d++) {
      nationalDay.add(LocalDate.of(2026, 10, d));
    }
    FactoryJson.CalendarJson twoShifts = new FactoryJson.CalendarJson(List.of(
        new FactoryJson.ShiftJson("early 早班", LocalTime.of(7, 0), 480, monSat),
        new FactoryJson.ShiftJson("late 中班", LocalTime.of(15, 0), 480, monSat)), nationalDay);
    return List.of(
        new FactoryJson.GroupJson("CUT", "裁剪车间 cutting", twoShifts, List.of(
            lineJson("CUT-1", "1.00"), lineJson("CUT-2", "0.90"))),
        new FactoryJson.GroupJson("SEW", "缝制车间 sewing", twoShifts, List.of(
            lineJson("SEW-1", "1.10"), lineJson("SEW-2", "1.00"), lineJson("SEW-3", "1.00"), lineJson("SEW-4", "0.90"),
            lineJson("SEW-5", "0.85"), lineJson("SEW-6", "1.00"))),
        new FactoryJson.GroupJson("PACK", "后整包装车间 finishing and packing", twoShifts, List.of(
            lineJson("PACK-1", "1.00"), lineJson("PACK-2", "1.00"))));
  }

  private static FactoryJson.LineJson lineJson(String id, String speed) {
    return new FactoryJson.LineJson(id, new BigDecimal(speed), BigDecimal.ONE);
  }

  private List<FactoryJson.StockJson> stock() {
    List<FactoryJson.StockJson> out = new ArrayList<>();
    for (Item m : materials) {
      if (m.makeOrBuy() == MakeOrBuy.MAKE) {
        continue;
      }
      Unit u = m.baseUnit();
      long onHand = m.sku().value().startsWith("FAB-") ? 500 + 100L * random.nextInt(60)
          : m.sku().value().equals("TRM-THREAD") ? 20 + random.nextInt(80) : 1000 + 500L * random.nextInt(40);
      long allocated = onHand * random.nextInt(40) / 100;
      out.add(new FactoryJson.StockJson(m.sku(), Quantity.of(onHand, u), Quantity.of(allocated, u)));
    }
    for (String[] t : TRADED) {
      if (random.nextInt(3) == 0) {
        Unit u = Unit.valueOf(t[4]);
        out.add(new FactoryJson.StockJson(Sku.of(t[0]), Quantity.of(Integer.parseInt(t[5]) * (1L + random.nextInt(10)), u),
            Quantity.zero(u)));
      }
    }
    return out;
  }

  private List<FactoryJson.PurchaseOrderJson> purchaseOrders() {
    List<FactoryJson.PurchaseOrderJson> out = new ArrayList<>();
    int n = 1;
    for (String[] m : MATERIALS) {
      int count = m[0].startsWith("FAB-") ? 2 : random.nextInt(2);
      for (int i = 0; i < count; i++) {
        LocalDate ordered = TODAY.minusDays(3 + random.nextInt(30));
        LocalDate promised = ordered.plusDays(Integer.parseInt(m[5]) + random.nextInt(10) - 2);
        Unit u = Unit.valueOf(m[4]);
        long q = m[0].startsWith("FAB-") ? 2000 + 500L * random.nextInt(16) : m[0].equals("TRM-THREAD") ? 50 + random.nextInt(100)
            : 5000 + 1000L * random.nextInt(20);
        out.add(new FactoryJson.PurchaseOrderJson(String.format("PO-2026-%04d", 700 + n++), SupplierId.of(m[6]), Sku.of(m[0]),
            Quantity.of(q, u), ordered, promised));
      }
    }
    for (String[] t : TRADED) {
      if (random.nextInt(2) == 0) {
        LocalDate ordered = TODAY.minusDays(5 + random.nextInt(25));
        out.add(new FactoryJson.PurchaseOrderJson(String.format("PO-2026-%04d", 700 + n++), SupplierId.of(t[9]), Sku.of(t[0]),
            Quantity.of(Integer.parseInt(t[5]) * (10L + random.nextInt(30)), Unit.valueOf(t[4])), ordered,
            ordered.plusDays(20 + random.nextInt(15))));
      }
    }
    return out;
  }

  private FactoryJson.InquiryJson inquiry() {
    Family f = FAMILIES[4];
    return new FactoryJson.InquiryJson("INQ-2026-0917", CustomerId.of(CUSTOMERS[1][0]), Sku.of(f.code() + "-1002"),
        Quantity.of(6000, f.unit()), TODAY.plusDays(45));
  }

  // ---------------------------------------------------------------- orders

  /** How many orders end in each state (sums to {@link #ORDER_COUNT}). */
  private static final Object[][] STATE_MIX = {
      {OrderStatus.RECEIVED, 12}, {OrderStatus.CONFIRMED, 12}, {OrderStatus.REVIEWED, 30}, {OrderStatus.IN_PRODUCTION, 40},
      {OrderStatus.PRODUCED, 10}, {OrderStatus.INSPECTED, 8}, {OrderStatus.CLEARED, 6}, {OrderStatus.SHIPPED, 14},
      {OrderStatus.DOCUMENTS_SENT, 10}, {OrderStatus.CLOSED, 44}, {OrderStatus.ON_HOLD, 6}, {OrderStatus.CANCELLED, 8},
  };

  private void orders() {
    List<OrderStatus> targets = new ArrayList<>();
    for (Object[] s : STATE_MIX) {
      for (int i = 0; i < (Integer) s[1]; i++) {
        targets.add((OrderStatus) s[0]);
      }
    }
    // shuffle deterministically so ids do not follow the state
    for (int i = targets.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      OrderStatus t = targets.get(i);
      targets.set(i, targets.get(j));
      targets.set(j, t);
    }
    OrderReview review = OrderReview.builder().customers(customers).items(itemsAll()).priceBook(prices).build();
    List<Order> made = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      made.add(new OrderDriver(i + 1, targets.get(i), review).drive());
    }
    made.sort((a, b) -> a.id().value().compareTo(b.id().value()));
    orders.addAll(made);
  }

  private List<Item> itemsAll() {
    List<Item> all = new ArrayList<>(goods);
    all.addAll(materials);
    return all;
  }

  /** Drives one order from intake to its target state through gendan-core's commands. */
  private final class OrderDriver {
    private final int number;
    private final OrderStatus target;
    private final OrderReview review;
    private Order order;
    private LocalDate lastDay;
    private int eventsToday;

    OrderDriver(int number, OrderStatus target, OrderReview review) {
      this.number = number;
      this.target = target;
      this.review = review;
    }

    Order drive() {
      OrderStatus base = target;
      if (target == OrderStatus.ON_HOLD) {
        base = pick(OrderStatus.CONFIRMED, OrderStatus.REVIEWED, OrderStatus.IN_PRODUCTION);
      } else if (target == OrderStatus.CANCELLED) {
        base = pick(OrderStatus.RECEIVED, OrderStatus.CONFIRMED, OrderStatus.REVIEWED);
      }
      int stage = stageOf(base);
      int lead = 48 + random.nextInt(30);
      int[] offsets = offsets(lead);
      int last = offsets[stage];
      int next = stage + 1 < offsets.length ? offsets[stage + 1] : last + 60;
      int age = last + random.nextInt(Math.max(1, next - last));
      if (base == OrderStatus.CLOSED) {
        age = last + random.nextInt(90);
      }
      // a third of the orders in production are behind: little done and the delivery date close
      boolean behind = base == OrderStatus.IN_PRODUCTION && random.nextInt(3) == 0;
      if (behind) {
        age = Math.max(last, next - 1 - random.nextInt(2));
      }
      LocalDate orderDate = TODAY.minusDays(age);
      boolean flawed = (target == OrderStatus.RECEIVED || target == OrderStatus.CONFIRMED) && random.nextInt(3) == 0;
      SalesOrder so = salesOrder(orderDate, lead, base, flawed);
      lastDay = orderDate;
      order = Order.receive(so, at(orderDate));
      LocalDate delivery = so.deliveryDate().orElse(orderDate.plusDays(lead));
      Money total = so.total();
      PaymentTerms terms = so.paymentTerms().orElseThrow();
      if (stage >= 1 && order.status() == OrderStatus.RECEIVED) {
        record(orderDate.plusDays(offsets[1]), new OrderCommand.ConfirmInWriting(so.customerPoNumber().orElse("PO") + " signed"));
      }
      if (stage >= 2) {
        ReviewReport report = review.review(order.salesOrder(), orderDate.plusDays(offsets[2]));
        record(orderDate.plusDays(offsets[2]), report.toCommand());
        record(orderDate.plusDays(offsets[2]), new OrderCommand.IssueDocument(DocumentKind.SALES_CONTRACT,
            "SC-" + so.id().value().substring(3)));
      }
      if (stage >= 3) {
        LocalDate release = orderDate.plusDays(offsets[3]);
        Money deposit = terms.amountDueBy(PaymentDue.BEFORE_PRODUCTION, total);
        if (deposit.isPositive()) {
          record(orderDate.plusDays(4), new OrderCommand.ReceiveDeposit(deposit));
        }
        if (so.sampleRequired()) {
          record(orderDate.plusDays(5), new OrderCommand.SubmitSample("PP-" + so.id().value()));
          record(release.minusDays(1), new OrderCommand.ApproveSample());
        }
        record(release, new OrderCommand.ReleaseToProduction());
        LocalDate mid = release.plusDays((delivery.toEpochDay() - 12 - release.toEpochDay()) / 2);
        if (stage > 3 || !mid.isAfter(TODAY)) {
          record(mid, new OrderCommand.ReportProgress(behind ? 10 + random.nextInt(15) : 40 + random.nextInt(20)));
        }
        if (stage == 3 && random.nextInt(6) == 0 && !lastDay.isAfter(TODAY)) {
          record(TODAY, new OrderCommand.ReportDelay(delivery.plusDays(7 + random.nextInt(8)),
              "fabric from the mill arrived late (面料晚到)"));
        }
      }
      if (stage >= 4) {
        record(delivery.minusDays(14), new OrderCommand.BookQcInspection(delivery.minusDays(9)));
        record(delivery.minusDays(12), new OrderCommand.ReportProgress(100));
      }
      if (stage >= 5) {
        if (so.statutoryInspection()) {
          record(delivery.minusDays(10), new OrderCommand.ReceiveInspectionVoucher(new InspectionVoucher(
              String.format("3301002260%05d", number), total, delivery.minusDays(10), delivery.plusDays(80))));
        }
        record(delivery.minusDays(9), new OrderCommand.PassQc());
      }
      if (stage >= 6) {
        record(delivery.minusDays(8), new OrderCommand.BookShipment(String.format("COSU62%08d", number * 7919L), delivery));
        Money beforeShipment = terms.amountDueBy(PaymentDue.BEFORE_SHIPMENT, total).minus(order.received());
        if (beforeShipment.isPositive()) {
          record(delivery.minusDays(5), new OrderCommand.ReceiveBalance(beforeShipment));
        }
        if (so.scope() != FollowUpScope.TO_EXPORT_WAREHOUSE || target == OrderStatus.CLEARED) {
          record(delivery.minusDays(3), new OrderCommand.ClearCustoms(String.format("3104202600%05d", number), total));
        }
      }
      if (stage >= 7) {
        record(delivery.minusDays(1), new OrderCommand.Ship(delivery.minusDays(1), String.format("COSU62%08d", number * 7919L), total));
      }
      if (stage >= 8) {
        Money againstDocs = terms.amountDueBy(PaymentDue.AGAINST_DOCUMENTS, total).minus(order.received());
        if (againstDocs.isPositive()) {
          record(delivery.plusDays(3), new OrderCommand.ReceiveBalance(againstDocs));
        }
        record(delivery.plusDays(4), new OrderCommand.SendDocuments("DHL " + (5550000000L + number)));
      }
      if (stage >= 9) {
        if (so.scope() == FollowUpScope.TO_PAYMENT && order.outstanding().isPositive()) {
          record(delivery.plusDays(offsets[9] - lead - 1), new OrderCommand.ReceiveBalance(order.outstanding()));
        }
        record(delivery.plusDays(offsets[9] - lead), new OrderCommand.Close());
      }
      if (target == OrderStatus.ON_HOLD) {
        record(latest(lastDay.plusDays(1 + random.nextInt(3))), new OrderCommand.PutOnHold(
            pick("customer asked to wait for new artwork (客户要求等新稿)", "credit check pending (待信用审核)",
                "customer's warehouse is full, delivery to be rescheduled (客户仓库爆仓)")));
      } else if (target == OrderStatus.CANCELLED) {
        record(latest(lastDay.plusDays(1 + random.nextInt(5))), new OrderCommand.Cancel(
            pick("customer cancelled: retail programme dropped (客户取消订单)", "price not accepted after review (价格未谈妥)")));
      }
      return order;
    }

    private LocalDate latest(LocalDate day) {
      return day.isAfter(TODAY) ? TODAY : day;
    }

    /** Day offsets from the order date of the last event of each stage. */
    private int[] offsets(int lead) {
      return new int[] {0, 1, 3, 16, lead - 12, lead - 9, lead - 3, lead - 1, lead + 4, lead + 4 + 45};
    }

    private int stageOf(OrderStatus s) {
      OrderStatus[] order = {OrderStatus.RECEIVED, OrderStatus.CONFIRMED, OrderStatus.REVIEWED, OrderStatus.IN_PRODUCTION,
          OrderStatus.PRODUCED, OrderStatus.INSPECTED, OrderStatus.CLEARED, OrderStatus.SHIPPED, OrderStatus.DOCUMENTS_SENT,
          OrderStatus.CLOSED};
      for (int i = 0; i < order.length; i++) {
        if (order[i] == s) {
          return i;
        }
      }
      throw new IllegalArgumentException("no stage for " + s);
    }

    private SalesOrder salesOrder(LocalDate orderDate, int lead, OrderStatus base, boolean flawed) {
      Customer c = customers.get(weightedCustomer());
      String id = String.format("SO-2026-%04d", number);
      int lineCount = 1 + random.nextInt(3);
      boolean trading = random.nextInt(8) == 0;
      List<OrderLine> lines = new ArrayList<>();
      List<Sku> used = new ArrayList<>();
      boolean statutory = false;
      for (int l = 1; l <= lineCount; l++) {
        Item item;
        do {
          item = trading ? goods.get(48 + random.nextInt(12)) : goods.get(random.nextInt(48));
        } while (used.contains(item.sku()));
        used.add(item.sku());
        statutory |= item.statutoryInspection();
        int perCarton = item.packing().orElseThrow().unitsPerCarton();
        long cartons = 15 + random.nextInt(trading ? 30 : 70);
        BigDecimal price = listPrice.get(item.sku());
        if (flawed && l == 1 && random.nextInt(2) == 0) {
          price = price.multiply(new BigDecimal("0.80")).setScale(2, RoundingMode.HALF_UP);
        }
        lines.add(OrderLine.builder().lineNo(l).sku(item.sku()).quantity(Quantity.of(cartons * perCarton, item.baseUnit()))
            .unitPrice(UnitPrice.of(price.toPlainString(), USD)).build());
      }
      PaymentTerms terms = c.defaultPaymentTerms().orElseThrow();
      if (random.nextInt(10) == 0) {
        terms = PaymentTerms.depositAndBalance(30, PaymentDue.AGAINST_DOCUMENTS);
      }
      FollowUpScope scope = base == OrderStatus.DOCUMENTS_SENT ? FollowUpScope.TO_PAYMENT
          : pick(FollowUpScope.TO_PAYMENT, FollowUpScope.TO_PAYMENT, FollowUpScope.TO_CUSTOMS_AND_LOADING,
              FollowUpScope.TO_EXPORT_WAREHOUSE);
      if (base == OrderStatus.CLEARED && scope == FollowUpScope.TO_EXPORT_WAREHOUSE) {
        scope = FollowUpScope.TO_CUSTOMS_AND_LOADING;
      }
      Incoterm incoterm = c.defaultIncoterm().orElseThrow();
      String destination = incoterm.rule() == IncotermRule.FOB ? c.country().englishName().toUpperCase(java.util.Locale.ROOT)
          : incoterm.namedPlace();
      SalesOrder.Builder b = SalesOrder.builder().id(OrderId.of(id)).customerId(c.id())
          .customerPoNumber(c.id().value().substring(2, 5) + "-PO-" + (81000 + number * 13))
          .intakeChannel(base == OrderStatus.RECEIVED ? IntakeChannel.PHONE   // only a verbal order waits for confirmation
              : pick(IntakeChannel.EMAIL, IntakeChannel.EMAIL, IntakeChannel.EDI, IntakeChannel.PHONE, IntakeChannel.FAX))
          .orderDate(orderDate).currency(Money.currency(USD)).lines(lines)
          .paymentTerms(terms)
          .packing(PackingRequirements.of("each piece in a polybag, export cartons as per packing spec"))
          .shippingMarks(ShippingMarks.of(c.nameEn().split(" ")[0].toUpperCase(java.util.Locale.ROOT),
              c.id().value().substring(2, 5) + "-PO-" + (81000 + number * 13), destination, "C/NO. 1-UP"))
          .shipmentMode(random.nextInt(5) == 0 ? ShipmentMode.SEA_LCL : ShipmentMode.SEA_FCL).portOfLoading("NINGBO")
          .destination(destination).scope(scope).sampleRequired(random.nextInt(5) < 2).statutoryInspection(statutory)
          .originCertificate(pick(OriginCertificate.GENERAL_CO, OriginCertificate.NONE, OriginCertificate.FORM_A));
      if (!(flawed && random.nextInt(3) == 0)) {
        b.incoterm(incoterm);
      }
      if (!(flawed && random.nextInt(4) == 0)) {
        b.deliveryDate(orderDate.plusDays(lead));
      }
      return b.build();
    }

    private int weightedCustomer() {
      // key accounts order more often than tier B
      int r = random.nextInt(100);
      if (r < 40) {
        return random.nextInt(4);
      }
      if (r < 75) {
        return 4 + random.nextInt(7);
      }
      return 11 + random.nextInt(9);
    }

    private void record(LocalDate day, OrderCommand command) {
      if (day.isBefore(lastDay)) {
        day = lastDay;
      }
      eventsToday = day.equals(lastDay) ? eventsToday + 1 : 0;
      lastDay = day;
      Either<Rejection, Order> next = order.handle(command, at(day));
      if (next.isLeft()) {
        throw new IllegalStateException("sample order " + order.id() + " (" + target + "): " + command + " refused: "
            + next.getLeft());
      }
      order = next.get();
    }

    private CommandContext at(LocalDate day) {
      ZonedDateTime t = ZonedDateTime.of(day.atTime(9, 0).plusMinutes(37L * eventsToday), ZONE);
      // the sales assistant who takes the order is not the 跟单员 who follows it
      boolean intake = order == null;
      return CommandContext.of(Clock.fixed(t.toInstant(), ZONE), (number % 2 == 0) == intake ? "li.ming" : "zhou.hui");
    }
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }
}
