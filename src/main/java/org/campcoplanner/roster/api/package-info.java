/** Solving over HTTP: a plan file in, the solved plan out. */
package org.campcoplanner.roster.api;
