/** A person's own shifts, withdrawals and calendar link over HTTP. */
package org.campcoplanner.shifts.api;
