/** Internal: the MRP engine behind {@link org.gendan.scheduling.mrp.Mrp}. Not part of the public API. */
package org.gendan.scheduling.mrp.internal;
