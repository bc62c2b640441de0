/** The accounts page for admins and the page where everyone changes their own password. */
package org.campcoplanner.account.ui;
