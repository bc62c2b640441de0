/**
 * Several app instances on one database: this instance's name, and short notices between the
 * instances (PostgreSQL's LISTEN/NOTIFY) so that what one instance saves reaches the pages open on
 * the others. Notices carry ids only, never personal data. With the embedded H2 database there is
 * one instance, and nothing to tell.
 */
package org.campcoplanner.instances;
