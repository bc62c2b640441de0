/** Messages to people of a camp: the in-app inbox, and email where SMTP is configured. */
package org.campcoplanner.inbox;
