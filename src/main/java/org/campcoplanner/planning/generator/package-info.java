/**
 * Deterministic generator of realistic camp plans: the demo camp shown to new users and the
 * S, M, L and XL camps the solver is benchmarked on, as they come or as tight camps (a full legal
 * roster planted, people's limits and availability narrowed around it) and scarce camps (a tight
 * camp with most residents gone). Plain Java; the same size and seed always give the same plan,
 * and every plan passes the format's validation. Planting uses the solver's {@code RosterBuilder},
 * so that it judges availability and credentials exactly as the rules do.
 */
package org.campcoplanner.planning.generator;
