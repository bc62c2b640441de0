/**
 * What the embedded demo shows a new user: the demo camps, one login per kind of user, and a
 * published roster. Nothing else depends on it.
 */
package org.campcoplanner.demo;
