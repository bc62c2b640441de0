/** The sessions page: series and their occurrences, the series form and the one-occurrence dialog. */
package org.campcoplanner.sessions.ui;
