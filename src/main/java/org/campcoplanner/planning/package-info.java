/**
 * The solver core: the camp plan's interchange format, the planning model and its rules.
 * Plain Java only; persistence and UI map to and from it.
 */
package org.campcoplanner.planning;
