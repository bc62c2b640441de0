/** A camp's audit trail as staff and admins read it. */
package org.campcoplanner.audit.ui;
