/** The audit trail: who changed what and when, kept in the database, never in application logs. */
package org.campcoplanner.audit;
