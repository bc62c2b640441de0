/**
 * Deterministic generator of realistic camp plans: the demo camp shown to new users and the
 * S, M, L and XL camps the solver is benchmarked on. Plain Java; the same size and seed always
 * give the same plan, and every plan passes the format's validation.
 */
package org.campcoplanner.planning.generator;
