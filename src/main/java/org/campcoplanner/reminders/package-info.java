/** Reminders the day before each published shift, sent once across restarts and instances. */
package org.campcoplanner.reminders;
