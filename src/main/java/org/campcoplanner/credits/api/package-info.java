/** Downloads of a person's own time-credit records, signed in by the web session. */
package org.campcoplanner.credits.api;
