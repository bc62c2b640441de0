/** The two ways in, the web app's login page and HTTP Basic for the API, and the login view they name. */
package org.campcoplanner.security.ui;
