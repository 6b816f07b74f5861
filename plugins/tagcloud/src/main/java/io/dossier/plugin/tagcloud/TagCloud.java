package io.dossier.plugin.tagcloud;

import io.dossier.core.spi.TermCount;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A tag cloud: tags in alphabetical order, each with a weight from 1 to {@link #LEVELS} on a
 * logarithmic scale, so one very common tag does not flatten all others to the smallest size.
 */
public record TagCloud(List<Tag> tags) {

    public static final int LEVELS = 5;

    /** A tag of the cloud; {@code count} is announced to screen readers, not only shown by size. */
    public record Tag(String name, String url, long count, int weight) {}

    public static TagCloud of(List<TermCount> counts) {
        if (counts.isEmpty()) {
            return new TagCloud(List.of());
        }
        double min = Math.log(counts.stream().mapToLong(TermCount::count).min().orElse(1));
        double max = Math.log(counts.stream().mapToLong(TermCount::count).max().orElse(1));
        List<Tag> tags = counts.stream()
                .map(t -> new Tag(t.name(), t.url(), t.count(), weight(Math.log(t.count()), min, max)))
                .sorted(Comparator.comparing(t -> t.name().toLowerCase(Locale.ROOT)))
                .toList();
        return new TagCloud(tags);
    }

    private static int weight(double value, double min, double max) {
        if (max - min < 1e-9) {
            return (LEVELS + 1) / 2;
        }
        return 1 + (int) Math.round((LEVELS - 1) * (value - min) / (max - min));
    }

    /** The start of a window of {@code days} days before {@code now}; null (all time) for 0 or less. */
    static Instant since(int days, Instant now) {
        return days <= 0 ? null : now.minus(Duration.ofDays(days));
    }
}
