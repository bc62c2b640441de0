/**
 * Solver benchmarks on generated camps of three sizes, against a greedy first-fit baseline.
 * Run with the command in README.md; results go to {@code docs/benchmarks.md}. Timings are
 * measured here, never asserted in tests.
 */
package org.campcoplanner.benchmark;
