package io.dossier.core.text;

/** Words for a SQL LIKE pattern written with {@code escape '\'}. */
public final class LikePatterns {

    private LikePatterns() {}

    /** A pattern that matches values containing {@code term}; its own % and _ match themselves. */
    public static String containing(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
