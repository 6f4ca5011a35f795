/**
 * Bills of materials (物料清单, BOM): {@link org.gendan.scheduling.bom.BomLine} says how much of a
 * component one unit of a parent needs (with component scrap, phantom flag and effectivity dates), and
 * {@link org.gendan.scheduling.bom.BillOfMaterials} is a checked, acyclic set of lines with low-level
 * codes for MRP. A cycle is a business rejection that names the cycle's path, never an exception.
 *
 * <p>All arguments are non-null unless stated otherwise; a null argument throws
 * {@link java.lang.NullPointerException} naming it.
 */
package org.gendan.scheduling.bom;
