/** My shifts and my availability on a phone, and the planners' withdrawals page. */
package org.campcoplanner.shifts.ui;
