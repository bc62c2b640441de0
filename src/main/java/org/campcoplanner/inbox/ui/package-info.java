/** A person's inbox. */
package org.campcoplanner.inbox.ui;
