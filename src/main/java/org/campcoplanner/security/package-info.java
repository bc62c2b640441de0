/**
 * Who is signed in and acting: the signed-in user, work done on behalf of the system or of an
 * account, and how passwords are hashed. It knows nothing of how accounts are stored.
 */
package org.campcoplanner.security;
