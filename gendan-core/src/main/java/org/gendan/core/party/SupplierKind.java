package org.gendan.core.party;

/** What a supplier supplies. */
public enum SupplierKind {
  /** A factory that makes finished goods for a trading company (工厂). */
  FACTORY,
  /** A vendor of raw materials and components (原材料供应商). */
  MATERIAL_VENDOR,
  /** A subcontractor for processing steps (外协加工厂). */
  SUBCONTRACTOR
}
