/**
 * Items and prices: {@link org.gendan.core.product.Item} with its
 * {@link org.gendan.core.product.PackingSpec}, and the {@link org.gendan.core.product.PriceBook} of
 * per-customer and default {@link org.gendan.core.product.PriceList}s and confirmed prices.
 */
@GendanStyle
package org.gendan.core.product;

import org.gendan.core.GendanStyle;
