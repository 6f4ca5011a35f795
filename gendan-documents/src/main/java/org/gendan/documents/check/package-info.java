/**
 * The cross-document consistency check (单证一致 / 单单一致): {@link org.gendan.documents.check.ConsistencyCheck}
 * examines a set of documents — made by gendan or read from JSON — with optional letter-of-credit
 * terms and an inspection exchange voucher, and returns every finding, each naming its
 * {@link org.gendan.documents.check.ConsistencyRule} with the UCP 600 / ISBP 821 article, the documents
 * and the field involved, and the values that disagree.
 */
@GendanStyle
package org.gendan.documents.check;

import org.gendan.core.GendanStyle;
