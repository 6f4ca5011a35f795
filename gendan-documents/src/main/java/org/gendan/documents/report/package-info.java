/**
 * The clerk's reports as data with CSV output that Excel opens correctly: monthly order/shipment amounts
 * by customer (按客户下单出货月金额汇总表), quantities by item (按产品下单出货数量汇总表), payments received
 * (货款回笼记录), the quality-problem register (质量问题登记表), sample courier costs (样品快递费用登记表)
 * and commissions (提成报表). Rows are records implementing {@link org.gendan.documents.report.CsvRow};
 * {@link org.gendan.documents.report.Reports} computes them and {@link org.gendan.documents.report.CsvTable}
 * writes them (UTF-8 with BOM, CRLF, RFC 4180 quoting, formula-injection guard).
 */
@GendanStyle
package org.gendan.documents.report;

import org.gendan.core.GendanStyle;
