/** The camps list with plan import, a camp at a glance (sessions by day, sites, people), and its settings. */
package org.campcoplanner.camp.ui;
