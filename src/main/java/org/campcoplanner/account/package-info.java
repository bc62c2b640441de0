/**
 * Accounts and what they may touch: an admin creates them and assigns roles, camps and the person a
 * volunteer is; camp membership for every service's access rule ({@code @campAccess}); login
 * throttling; the first admin; calendar feed secrets.
 */
package org.campcoplanner.account;
