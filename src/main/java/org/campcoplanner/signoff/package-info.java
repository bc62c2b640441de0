/** Dual sign-off: frozen, numbered roster revisions that a leader proposes and staff approve. */
package org.campcoplanner.signoff;
