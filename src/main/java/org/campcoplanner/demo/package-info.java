/** What the embedded demo shows a new user beyond its camps and logins: a published roster. */
package org.campcoplanner.demo;
