/**
 * The camp plan interchange format (format version 1): reading with all-or-nothing validation,
 * and writing. The documented definition is {@code docs/format.md}; the bundled schema is
 * {@code format/camp-plan.schema.json}.
 */
package org.campcoplanner.planning.format;
