package io.dossier.core.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Line differences between two versions of a text, for the revisions screen. HTML is split after
 * each block element, so a changed paragraph shows as one removed and one added line.
 */
public final class TextDiff {

    /** One line of the comparison: unchanged, only in the older version, or only in the newer. */
    public record Line(Change change, String text) {}

    public enum Change {
        SAME,
        REMOVED,
        ADDED
    }

    private static final Pattern BLOCK_END = Pattern.compile(
            "(?i)(</(?:p|h[1-6]|li|ul|ol|blockquote|figure|pre|table|tr|div)>|<br\\s*/?>|<hr\\s*/?>|<!--more-->)");

    private TextDiff() {}

    public static List<Line> lines(String older, String newer) {
        List<String> before = split(older);
        List<String> after = split(newer);
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Line> lines = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            before.subList(at, start).forEach(l -> lines.add(new Line(Change.SAME, l)));
            delta.getSource().getLines().forEach(l -> lines.add(new Line(Change.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> lines.add(new Line(Change.ADDED, l)));
            at = start + delta.getSource().size();
        }
        before.subList(at, before.size()).forEach(l -> lines.add(new Line(Change.SAME, l)));
        return lines;
    }

    /** Whether the two versions differ at all. */
    public static boolean changed(List<Line> lines) {
        return lines.stream().anyMatch(l -> l.change() != Change.SAME);
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(BLOCK_END.matcher(text).replaceAll("$1\n").split("\n"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }
}
