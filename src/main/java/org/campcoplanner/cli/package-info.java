/** The command-line tools: import, export and solve camp plan files. */
package org.campcoplanner.cli;
