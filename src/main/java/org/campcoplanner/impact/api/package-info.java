/** A camp's impact figures over HTTP, and its CSV exports for the page's links and for batch jobs. */
package org.campcoplanner.impact.api;
