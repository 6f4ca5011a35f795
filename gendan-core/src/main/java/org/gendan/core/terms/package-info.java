/**
 * Trade terms: Incoterms 2020 ({@link org.gendan.core.terms.Incoterm}) and structured payment terms
 * ({@link org.gendan.core.terms.PaymentTerms}: instalments with method and due point).
 */
package org.gendan.core.terms;
