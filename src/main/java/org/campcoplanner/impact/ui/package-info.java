/** A camp's impact page: figures for a period, charts with their numbers, downloads and returning residents. */
package org.campcoplanner.impact.ui;
