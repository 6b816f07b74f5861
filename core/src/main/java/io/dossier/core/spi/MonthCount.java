package io.dossier.core.spi;

/** A month of the archive ("June 2016", "/2016/06/") with its number of public posts. @since 1.0 */
public record MonthCount(int year, int month, String label, String url, long count) {}
