/**
 * Camp co-planner: the web app, its REST API and its command-line tools. Feature packages own their
 * services, types and views; see docs/design-decisions/0009-package-layout.md and the README's code map.
 */
package org.campcoplanner;
