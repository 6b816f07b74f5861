package io.dossier.core.transfer;

import io.dossier.core.transfer.WxrRecord.Author;
import io.dossier.core.transfer.WxrRecord.Item;
import io.dossier.core.transfer.WxrRecord.Site;
import io.dossier.core.transfer.WxrRecord.Taxonomy;
import io.dossier.core.transfer.WxrRecord.Term;
import io.dossier.core.transfer.WxrRecord.TermRef;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.0–1.2) one record at a time with StAX: only the current item is
 * in memory, whatever the size of the file. No DTDs or external entities are read (a WXR file has
 * none, and they are how XML files attack their readers).
 */
public final class WxrReader implements AutoCloseable {

    private static final String WP = "http://wordpress.org/export/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    private final XMLStreamReader xml;
    private String siteTitle;
    private boolean siteSent;
    private boolean started;

    public WxrReader(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            xml = factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** The next record, or null at the end of the file. */
    public WxrRecord next() {
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!started) {
                    requireRss();
                    continue;
                }
                String name = xml.getLocalName();
                String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
                if (ns.isEmpty() && name.equals("item")) {
                    return item();
                }
                if (ns.isEmpty() && name.equals("title") && siteTitle == null) {
                    siteTitle = text().strip();
                } else if (isWp(ns) && name.equals("base_site_url") && !siteSent) {
                    siteSent = true;
                    return new Site(siteTitle, text().strip());
                } else if (isWp(ns) && name.equals("author")) {
                    return author(fields());
                } else if (isWp(ns) && (name.equals("category") || name.equals("tag") || name.equals("term"))) {
                    return term(name, fields());
                }
            }
            if (!started) {
                throw new ImportFormatException("The file is empty", 0, null);
            }
            return null;
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private void requireRss() {
        started = true;
        boolean wxr = false;
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            wxr |= isWp(xml.getNamespaceURI(i));
        }
        if (!xml.getLocalName().equals("rss") || !wxr) {
            throw new ImportFormatException(
                    "This is not a WordPress export (WXR) file: it starts with <" + xml.getLocalName()
                            + "> without WordPress's export namespace",
                    line(),
                    null);
        }
    }

    private Author author(Map<String, String> f) {
        return new Author(
                number(f, "author_id"),
                require(f, "author_login", "wp:author"),
                blank(f.get("author_email")),
                f.getOrDefault("author_display_name", f.get("author_login")));
    }

    private Term term(String element, Map<String, String> f) {
        return switch (element) {
            case "category" ->
                new Term(
                        Taxonomy.CATEGORY,
                        number(f, "term_id"),
                        require(f, "category_nicename", "wp:category"),
                        f.getOrDefault("cat_name", f.get("category_nicename")),
                        f.getOrDefault("category_parent", ""),
                        blank(f.get("category_description")));
            case "tag" ->
                new Term(
                        Taxonomy.TAG,
                        number(f, "term_id"),
                        require(f, "tag_slug", "wp:tag"),
                        f.getOrDefault("tag_name", f.get("tag_slug")),
                        "",
                        blank(f.get("tag_description")));
            default ->
                new Term(
                        switch (f.getOrDefault("term_taxonomy", "")) {
                            case "category" -> Taxonomy.CATEGORY;
                            case "post_tag" -> Taxonomy.TAG;
                            case "nav_menu" -> Taxonomy.NAV_MENU;
                            default -> Taxonomy.OTHER;
                        },
                        number(f, "term_id"),
                        require(f, "term_slug", "wp:term"),
                        f.getOrDefault("term_name", f.get("term_slug")),
                        f.getOrDefault("term_parent", ""),
                        blank(f.get("term_description")));
        };
    }

    /** The text of each child element of a flat element like {@code wp:author}, by local name. */
    private Map<String, String> fields() throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (nextChild()) {
            fields.put(xml.getLocalName(), text());
        }
        return fields;
    }

    /** Moves to the next child element of the current one; false at the current one's end. */
    private boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /** The text of the current element, leaving out any elements nested in it. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> skip();
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                default -> {}
            }
        }
    }

    private Item item() throws XMLStreamException {
        int line = line();
        Map<String, String> f = new HashMap<>();
        List<TermRef> terms = new ArrayList<>();
        Map<String, String> meta = new HashMap<>();
        int comments = 0;
        String content = "";
        String excerpt = "";
        while (nextChild()) {
            String name = xml.getLocalName();
            String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            if (name.equals("category") && ns.isEmpty()) {
                String domain = xml.getAttributeValue(null, "domain");
                String slug = xml.getAttributeValue(null, "nicename");
                String text = text().strip();
                terms.add(new TermRef(domain == null ? "category" : domain, slug == null ? "" : slug, text));
            } else if (name.equals("postmeta") && isWp(ns)) {
                Map<String, String> m = fields();
                if (m.get("meta_key") != null) {
                    meta.put(m.get("meta_key"), m.getOrDefault("meta_value", ""));
                }
            } else if (name.equals("comment") && isWp(ns)) {
                skip();
                comments++;
            } else if (name.equals("encoded") && ns.equals(CONTENT)) {
                content = text();
            } else if (name.equals("encoded") && ns.startsWith(WP) && ns.endsWith("excerpt/")) {
                excerpt = text();
            } else if (name.equals("creator") || ns.isEmpty() || isWp(ns)) {
                f.put(name, text());
            } else {
                skip();
            }
        }
        return new Item(
                number(f, "post_id", line),
                f.getOrDefault("post_type", "post").strip(),
                f.getOrDefault("title", "").strip(),
                f.getOrDefault("link", "").strip(),
                f.getOrDefault("creator", "").strip(),
                content,
                excerpt,
                f.getOrDefault("post_date", ""),
                f.getOrDefault("post_date_gmt", ""),
                f.getOrDefault("post_name", "").strip(),
                f.getOrDefault("status", "publish").strip(),
                optionalNumber(f.get("post_parent")),
                (int) optionalNumber(f.get("menu_order")),
                "1".equals(f.getOrDefault("is_sticky", "0").strip()),
                List.copyOf(terms),
                Map.copyOf(meta),
                comments,
                blank(f.get("attachment_url")),
                line);
    }

    /** Skips the current element and everything inside it. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static boolean isWp(String namespace) {
        return namespace != null && namespace.startsWith(WP) && !namespace.endsWith("excerpt/");
    }

    private String require(Map<String, String> fields, String name, String element) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new ImportFormatException("A <" + element + "> has no <wp:" + name + ">", line(), null);
        }
        return value.strip();
    }

    private long number(Map<String, String> fields, String name) {
        return number(fields, name, line());
    }

    private static long number(Map<String, String> fields, String name, int line) {
        String value = fields.get(name);
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new ImportFormatException("<wp:" + name + "> must be a number, not \"" + value + "\"", line, null);
        }
    }

    private static long optionalNumber(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private int line() {
        return xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
    }

    private static ImportFormatException malformed(XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        String reason = e.getMessage() == null
                ? "malformed XML"
                : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        return new ImportFormatException("The file is not well-formed XML: " + reason.strip(), line, e);
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Nothing is held but the stream, which the caller closes.
        }
    }
}
