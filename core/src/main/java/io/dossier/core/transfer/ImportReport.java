package io.dossier.core.transfer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, kind by kind: how many were created, how many were there already (from an
 * earlier run of the same file) and what was skipped and why. Thread-safe: the admin screen reads
 * it while the import runs.
 */
public final class ImportReport {

    /** Counts of one kind of thing. */
    public record Tally(String kind, int created, int existing, int skipped) {}

    private final Map<String, int[]> tallies = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private int comments;
    private Duration elapsed = Duration.ZERO;

    public synchronized void created(String kind) {
        tally(kind)[0]++;
    }

    public synchronized void existing(String kind) {
        tally(kind)[1]++;
    }

    /** One thing created, or found there already (from an earlier run). */
    public synchronized void counted(String kind, boolean existed) {
        tally(kind)[existed ? 1 : 0]++;
    }

    /** One thing left out; the reason is listed once per distinct text. */
    public synchronized void skipped(String kind, String reason) {
        tally(kind)[2]++;
        if (!notes.contains(reason)) {
            notes.add(reason);
        }
    }

    public synchronized void note(String text) {
        if (!notes.contains(text)) {
            notes.add(text);
        }
    }

    public synchronized void comments(int count) {
        comments += count;
    }

    synchronized void elapsed(Duration elapsed) {
        this.elapsed = elapsed;
    }

    private int[] tally(String kind) {
        return tallies.computeIfAbsent(kind, k -> new int[3]);
    }

    public synchronized List<Tally> tallies() {
        return tallies.entrySet().stream()
                .map(e -> new Tally(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /** The counts of {@code kind}, zeros if none was seen. */
    public synchronized Tally tallyOf(String kind) {
        int[] t = tallies.getOrDefault(kind, new int[3]);
        return new Tally(kind, t[0], t[1], t[2]);
    }

    public synchronized List<String> notes() {
        return Collections.unmodifiableList(new ArrayList<>(notes));
    }

    public synchronized int comments() {
        return comments;
    }

    public synchronized Duration elapsed() {
        return elapsed;
    }

    /** The report as plain text lines, for the command line. */
    public synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("%-14s %8s %8s %8s".formatted("", "created", "existing", "skipped"));
        tallies()
                .forEach(t ->
                        lines.add("%-14s %8d %8d %8d".formatted(t.kind(), t.created(), t.existing(), t.skipped())));
        if (comments > 0) {
            lines.add(comments + " comments counted, not imported: Dossier has no comments");
        }
        notes.forEach(n -> lines.add("note: " + n));
        lines.add("took %.1f s".formatted(elapsed.toMillis() / 1000.0));
        return lines;
    }
}
