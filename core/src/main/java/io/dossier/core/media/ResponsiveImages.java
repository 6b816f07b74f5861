package io.dossier.core.media;

import io.dossier.core.url.Permalinks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The resized copies of an upload that browsers pick from with {@code srcset}: one per width in
 * {@link #WIDTHS} narrower than the original, stored beside it as {@code name-480w.jpg}, in the
 * original's format (JPEG stays JPEG, PNG stays PNG). The widths made are recorded on the media
 * row, so uploads from before variants existed simply have no srcset.
 */
public final class ResponsiveImages {

    /** WordPress's medium_large, large and 1536 sizes plus a phone size. */
    static final int[] WIDTHS = {480, 768, 1024, 1536};

    private ResponsiveImages() {}

    /** The widths to make for an image {@code width} pixels wide. */
    static int[] widthsFor(int width) {
        return IntStream.of(WIDTHS).filter(w -> w < width).toArray();
    }

    /** The stored path of the copy {@code width} pixels wide. */
    static String variantPath(String path, int width) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + "-" + width + "w" + path.substring(dot);
    }

    static String encode(int[] widths) {
        return widths.length == 0
                ? null
                : String.join(
                        ",", IntStream.of(widths).mapToObj(String::valueOf).toList());
    }

    /**
     * The {@code srcset} of a stored image: its copies and the original at its own width; null when
     * there are no copies (nothing to choose from) or the width is unknown.
     */
    public static String srcset(String path, Integer width, String variantWidths) {
        if (variantWidths == null || variantWidths.isBlank() || width == null) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        Arrays.stream(variantWidths.split(","))
                .map(String::strip)
                .mapToInt(Integer::parseInt)
                .forEach(w -> candidates.add(Permalinks.media(variantPath(path, w)) + " " + w + "w"));
        candidates.add(Permalinks.media(path) + " " + width + "w");
        return String.join(", ", candidates);
    }
}
