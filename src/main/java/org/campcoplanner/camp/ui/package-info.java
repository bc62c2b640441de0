/** Views of camps: the camps list with plan import, and a camp's sites, sessions and people. */
package org.campcoplanner.camp.ui;
