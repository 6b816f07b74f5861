package io.dossier.core.support;

import io.dossier.core.text.WebAddresses;

/**
 * The rules every way in applies to the same fields, in one place: the back office's services,
 * the REST API and both importers call these, so a value refused in the editor is refused in a
 * file too. Lengths are the columns' (db/migration); a value that breaks a rule is an
 * {@link InvalidInputException} naming the field.
 */
public final class FieldRules {

    public static final int TITLE = 500;
    public static final int SLUG = 200;
    public static final int NAME = 250;
    public static final int LABEL = 250;
    public static final int ADDRESS = 1000;
    public static final int SUMMARY = 1000;
    public static final int SEO_TITLE = 300;
    public static final int SEO_DESCRIPTION = 500;
    public static final int LOGIN = 60;
    public static final int EMAIL = 320;
    public static final int CREDIT_ROLE = 100;
    public static final int FILE_NAME = 500;
    public static final int MIME_TYPE = 100;
    public static final int ALT_TEXT = 1000;
    public static final int SITE_TITLE = 200;
    public static final int TAGLINE = 500;
    public static final int FOOTER = 1000;
    /** A post's or page's HTML: a long feature is 100,000 characters; ten times that is no article. */
    public static final int BODY = 1_000_000;

    public static final int EXCERPT = 10_000;
    /** A category's or tag's description: a paragraph or two on its archive page. */
    public static final int DESCRIPTION = 10_000;

    public static final int TAGS_PER_POST = 100;
    public static final int CATEGORIES_PER_POST = 50;
    /** New tags one save may create: a typo makes one, a script flooding the tag list makes thousands. */
    public static final int NEW_TAGS_PER_SAVE = 20;

    private FieldRules() {}

    /** {@code value} stripped, or null when blank; refused when longer than {@code max}. */
    public static String limited(String field, String value, int max) {
        String stripped = value == null || value.isBlank() ? null : value.strip();
        if (stripped != null && stripped.length() > max) {
            throw new InvalidInputException(
                    field, "At most " + max + " characters, please (this has " + stripped.length() + ")");
        }
        return stripped;
    }

    /**
     * Where a link, photo or canonical address may point: a web address (http or https) or a path
     * on this site, never {@code javascript:}, {@code data:} or another scheme. Null when blank.
     */
    public static String link(String field, String value) {
        return link(field, value, "Enter a web address (https://…) or a path on this site (/about/)");
    }

    /** As {@link #link(String, String)}, refusing with {@code rule} (and the value) as the message. */
    public static String link(String field, String value, String rule) {
        String stripped = limited(field, value, ADDRESS);
        if (stripped != null && !WebAddresses.isWebAddress(stripped) && !WebAddresses.isSitePath(stripped)) {
            throw new InvalidInputException(field, rule + ": " + shown(stripped));
        }
        return stripped;
    }

    /**
     * An address on the web (http or https), for links that leave the site and services it calls;
     * null when blank; refused with {@code rule} (and the value) as the message.
     */
    public static String webAddress(String field, String value, String rule) {
        String stripped = limited(field, value, ADDRESS);
        if (stripped != null && !WebAddresses.isWebAddress(stripped)) {
            throw new InvalidInputException(field, rule + ": " + shown(stripped));
        }
        return stripped;
    }

    /** The value as a message may show it: short, on one line. */
    private static String shown(String value) {
        String line = value.replaceAll("\\s+", " ");
        return "\"" + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + "\"";
    }
}
