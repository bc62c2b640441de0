/** The application layout shared by all views. */
package org.campcoplanner.base.ui;
