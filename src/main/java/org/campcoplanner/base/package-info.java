/**
 * What every feature shares and no feature owns: the versioned entity base, a refused form and its
 * field problems, the changed-meanwhile answer (with every lost race translated into it in one
 * place), form text, shift times in words, and the ready message.
 */
package org.campcoplanner.base;
