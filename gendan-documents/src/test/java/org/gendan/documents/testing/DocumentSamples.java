package org.gendan.documents.testing;

import java.time.LocalDate;
import java.util.List;
import org.gendan.core.party.CountryCode;
import org.gendan.core.product.Item;
import org.gendan.core.testing.SampleData;
import org.gendan.documents.model.CompanyProfile;
import org.gendan.documents.model.DocumentIssue;
import org.gendan.documents.model.DocumentSet;
import org.gendan.documents.model.TradeDocuments;

/** The sample order's exporter and document set, for example tests. */
public final class DocumentSamples {
  private DocumentSamples() {}

  /** The date the documents are issued. */
  public static final LocalDate ISSUED = LocalDate.of(2026, 4, 28);

  public static CompanyProfile sunrise() {
    return CompanyProfile.builder().nameEn("Ningbo Sunrise Garment Co., Ltd.").nameZh("宁波日升服饰有限公司")
        .address("88 Jiangnan Road, Ningbo, Zhejiang").country(CountryCode.of("CN"))
        .bankDetails("BANK OF CHINA NINGBO BRANCH, SWIFT BKCHCNBJ92A, A/C 3581 0000 1234").build();
  }

  public static DocumentIssue issue() {
    return DocumentIssue.builder().date(ISSUED).proformaNumber("PI-2026-0412").invoiceNumber("INV-2026-0412")
        .buyerAddress("Speicherstadt 5, 20457 Hamburg").moreOrLessPercent(java.math.BigDecimal.valueOf(5))
        .shipmentDate(LocalDate.of(2026, 4, 30)).vessel("MSC ANNA V.612W").build();
  }

  public static List<Item> items() {
    return List.of(SampleData.tshirt(), SampleData.polo());
  }

  public static DocumentSet documents() {
    return TradeDocuments.standard().of(SampleData.order(), sunrise(), SampleData.hansa(), items(), issue()).get();
  }
}
