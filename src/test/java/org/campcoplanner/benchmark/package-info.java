/**
 * Solver benchmarks on generated camps, against a greedy first-fit baseline and, on scarce camps,
 * against the exact optimum of the hard and medium rules from CP-SAT (OR-Tools, test scope only).
 * Run with the commands in README.md; results go to {@code docs/benchmarks.md}. Timings are
 * measured here, never asserted in tests.
 */
package org.campcoplanner.benchmark;
