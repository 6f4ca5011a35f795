/**
 * Parties: {@link org.gendan.core.party.Customer} with its {@link org.gendan.core.party.CustomerTier}
 * (客户分类) and {@link org.gendan.core.party.Supplier} (a factory or a material vendor).
 */
@GendanStyle
package org.gendan.core.party;

import org.gendan.core.GendanStyle;
