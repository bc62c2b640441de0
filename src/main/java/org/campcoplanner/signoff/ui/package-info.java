/** The sign-off page: a leader proposes the draft, a staff member publishes it or asks for changes. */
package org.campcoplanner.signoff.ui;
