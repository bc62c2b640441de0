/** What every view shares: the application layout, the start page, the not-allowed pages and form problems shown on their fields. */
package org.campcoplanner.base.ui;
