/**
 * Quantities with units: {@link org.gendan.core.measure.Quantity}, {@link org.gendan.core.measure.Unit}
 * (PCS, DOZ, SET, PAIR, CTN, KG, M, YD, CBM …) and an item's own
 * {@link org.gendan.core.measure.UnitConversions} (a carton holds N pieces).
 */
package org.gendan.core.measure;
