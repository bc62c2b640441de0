/** The availability editor: planners paint when a person can be rostered and see which sessions that opens. */
package org.campcoplanner.availability.ui;
