/** The roster board: planners see, edit, solve and understand a camp's draft roster together. */
package org.campcoplanner.roster.ui;
