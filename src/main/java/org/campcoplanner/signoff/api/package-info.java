/** Sign-off over HTTP: revisions, the published roster, proposing, approving and asking for changes. */
package org.campcoplanner.signoff.api;
