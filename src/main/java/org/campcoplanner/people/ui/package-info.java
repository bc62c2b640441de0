/** The people of a camp for planners: a filtered list, a form to edit one person, and CSV import. */
package org.campcoplanner.people.ui;
