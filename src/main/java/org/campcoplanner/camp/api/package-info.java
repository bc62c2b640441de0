/** The camp plan REST API for city systems and batch jobs. */
package org.campcoplanner.camp.api;
