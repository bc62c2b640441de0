package org.campcoplanner.impact;

/** A CSV file to download: its name and its bytes. */
public record CsvExport(String filename, byte[] bytes) {
}
