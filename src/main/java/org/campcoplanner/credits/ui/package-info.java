/** Check-in, my time credits, a person's credits for planners, and the printable statement of hours. */
package org.campcoplanner.credits.ui;
