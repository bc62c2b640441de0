/** The command-line tools: import, export and solve camp plan files, and add an admin. */
package org.campcoplanner.cli;
