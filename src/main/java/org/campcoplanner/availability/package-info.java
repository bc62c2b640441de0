/**
 * When a person can be rostered (rule 1): their weekly windows, dated windows and times away, saved
 * without overwriting someone else's edit, and a preview of the sessions an edit would open.
 */
package org.campcoplanner.availability;
