/**
 * Time banking (DOMAIN.md section 5): attendance confirmed on site earns one credit per hour, planners
 * record credits spent, and the statement of community-involvement hours.
 */
package org.campcoplanner.credits;
