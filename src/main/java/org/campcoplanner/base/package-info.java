/** What every feature shares: the entity base, the application layout and error handling. */
package org.campcoplanner.base;
