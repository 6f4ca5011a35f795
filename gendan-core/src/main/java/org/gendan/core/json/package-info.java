/**
 * JSON for every public gendan type: {@link org.gendan.core.json.GendanJson} (one configured Jackson
 * mapper, readers that report a {@link org.gendan.core.json.JsonProblem} with the JSON path, documented
 * input limits).
 */
package org.gendan.core.json;
