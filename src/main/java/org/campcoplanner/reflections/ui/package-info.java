/** The reflection form people open from their past shifts. */
package org.campcoplanner.reflections.ui;
