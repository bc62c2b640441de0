/**
 * What every feature shares and no feature owns: the versioned entity base, a refused form and its
 * field problems, form text, shift times in words, and the ready message.
 */
package org.campcoplanner.base;
