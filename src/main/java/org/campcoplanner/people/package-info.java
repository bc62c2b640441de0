/**
 * The people of a camp as planners keep them: a filtered list, one person at a time with what
 * changed, CSV import, and finding a person for features that act on their behalf. The people
 * themselves are stored with their camp ({@code camp.Person}).
 */
package org.campcoplanner.people;
