/**
 * What every view shares: the application layout, the start page, the not-allowed pages, form problems shown on
 * their fields and date fields that read dates one way.
 */
package org.campcoplanner.base.ui;
