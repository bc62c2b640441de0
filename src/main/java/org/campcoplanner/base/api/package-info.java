/** What every REST API of the app shares: how refused input is answered. */
package org.campcoplanner.base.api;
