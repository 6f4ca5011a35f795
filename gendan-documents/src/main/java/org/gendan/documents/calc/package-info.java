/**
 * The figures of trade documents, each a pure, tested calculation: amounts in words
 * ({@link org.gendan.documents.calc.EnglishAmountWords}, {@link org.gendan.documents.calc.ChineseAmountWords}),
 * packing ({@link org.gendan.documents.calc.Packing}, {@link org.gendan.documents.calc.ShippingMarkText}),
 * container planning ({@link org.gendan.documents.calc.ContainerPlanner},
 * {@link org.gendan.documents.calc.CartonFit}), the export price build-up
 * ({@link org.gendan.documents.calc.ExportPricing}) and instalments
 * ({@link org.gendan.documents.calc.InstalmentPlan}).
 *
 * <p>Rounding is stated per figure: line amounts HALF_UP per line, weights to 2 decimals, measurement
 * to 4 decimals (printed to 3), quoted prices HALF_UP to the price scale with at least 10 decimals
 * kept before that.
 */
@GendanStyle
package org.gendan.documents.calc;

import org.gendan.core.GendanStyle;
