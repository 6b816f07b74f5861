package io.dossier.core.transfer;

import io.dossier.core.model.SiteSettings;
import io.dossier.core.query.ProfileHitRow;
import io.dossier.core.query.SlugRow;
import io.dossier.core.support.IdPair;
import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.ContentStatus;
import io.dossier.core.vocabulary.MenuItemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the site as a WordPress export (WXR 1.2), the file WordPress's own importer and
 * {@link WxrImporter} read: authors, categories with their parents, tags, pages with their tree,
 * the media library as attachments, posts with their terms and featured images, and the menus as
 * nav menu items. Streamed with StAX; posts are read in
 * batches by id (keyset), with their terms in one query per batch, so memory stays flat. Dossier's
 * own additions (people profiles, bylines, SEO fields) have no place in WXR: the JSON export has them.
 */
@ApplicationScoped
public class WxrExporter {

    static final String WP = "http://wordpress.org/export/1.2/";
    private static final int BATCH = 200;
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final String NEVER = "0000-00-00 00:00:00";

    private EntityManager em;

    protected WxrExporter() {}

    @Inject
    public WxrExporter(EntityManager em) {
        this.em = em;
    }

    /** Writes the export to {@code out}; {@code siteUrl} (no trailing slash) starts every link. Counts what it wrote. */
    public ImportReport export(OutputStream out, String siteUrl) {
        ImportReport counts = new ImportReport();
        SiteSettings settings = em.find(SiteSettings.class, SiteSettings.ID);
        ZoneId zone = ZoneId.of(settings.getTimeZone());
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeComment(" A WordPress eXtended RSS file written by Dossier: import it with WordPress's"
                    + " importer (Tools > Import > WordPress) or with bin/dossier import. ");
            xml.writeCharacters("\n");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("excerpt", "http://wordpress.org/export/1.2/excerpt/");
            xml.writeNamespace("content", "http://purl.org/rss/1.0/modules/content/");
            xml.writeNamespace("wfw", "http://wellformedweb.org/CommentAPI/");
            xml.writeNamespace("dc", "http://purl.org/dc/elements/1.1/");
            xml.writeNamespace("wp", WP);
            xml.writeStartElement("channel");
            text(xml, "title", settings.getTitle());
            text(xml, "link", siteUrl);
            text(xml, "description", settings.getTagline() == null ? "" : settings.getTagline());
            text(xml, "pubDate", RFC_822.format(Instant.now().atOffset(ZoneOffset.UTC)));
            text(xml, "language", "en");
            wp(xml, "wxr_version", "1.2");
            wp(xml, "base_site_url", siteUrl);
            wp(xml, "base_blog_url", siteUrl);
            authors(xml, counts);
            categories(xml, counts);
            tags(xml, counts);
            menuTerms(xml);
            pages(xml, siteUrl, zone, counts);
            attachments(xml, siteUrl, zone, counts);
            posts(xml, siteUrl, zone, counts);
            menuItems(xml, siteUrl, zone, counts);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            return counts;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the export", e);
        }
    }

    private void authors(XMLStreamWriter xml, ImportReport counts) throws XMLStreamException {
        for (ExportedAccount a : em.createQuery(
                        "select new io.dossier.core.transfer.ExportedAccount(u.id, u.login, u.email, u.displayName)"
                                + " from UserAccount u order by u.id",
                        ExportedAccount.class)
                .getResultList()) {
            xml.writeStartElement("wp", "author", WP);
            wp(xml, "author_id", String.valueOf(a.id()));
            wpData(xml, "author_login", a.login());
            wpData(xml, "author_email", a.email() == null ? "" : a.email());
            wpData(xml, "author_display_name", a.displayName());
            xml.writeEndElement();
            counts.created(ImportRun.AUTHORS);
        }
    }

    /** Parents before children, as WordPress writes them (its importer needs a parent first). */
    private void categories(XMLStreamWriter xml, ImportReport counts) throws XMLStreamException {
        List<ExportedTerm> rows = em.createQuery(
                        "select new io.dossier.core.transfer.ExportedTerm(c.id, c.slug, c.name, c.description, up.id)"
                                + " from Category c left join c.parent up order by c.id",
                        ExportedTerm.class)
                .getResultList();
        Map<Long, String> slugs = new HashMap<>();
        rows.forEach(r -> slugs.put(r.id(), r.slug()));
        List<ExportedTerm> ordered = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        while (ordered.size() < rows.size()) {
            int before = ordered.size();
            for (ExportedTerm r : rows) {
                if (!placed.contains(r.id()) && (r.parentId() == null || placed.contains(r.parentId()))) {
                    ordered.add(r);
                    placed.add(r.id());
                }
            }
            if (ordered.size() == before) {
                break; // a cycle cannot be stored, but never loop on one
            }
        }
        for (ExportedTerm c : ordered) {
            xml.writeStartElement("wp", "category", WP);
            wp(xml, "term_id", String.valueOf(c.id()));
            wpData(xml, "category_nicename", c.slug());
            wpData(xml, "category_parent", c.parentId() == null ? "" : slugs.get(c.parentId()));
            wpData(xml, "cat_name", c.name());
            if (c.description() != null) {
                wpData(xml, "category_description", c.description());
            }
            xml.writeEndElement();
            counts.created(ImportRun.CATEGORIES);
        }
    }

    private void tags(XMLStreamWriter xml, ImportReport counts) throws XMLStreamException {
        for (ExportedTerm t : em.createQuery(
                        "select new io.dossier.core.transfer.ExportedTerm(t.id, t.slug, t.name, t.description)"
                                + " from Tag t order by t.id",
                        ExportedTerm.class)
                .getResultList()) {
            xml.writeStartElement("wp", "tag", WP);
            wp(xml, "term_id", String.valueOf(t.id()));
            wpData(xml, "tag_slug", t.slug());
            wpData(xml, "tag_name", t.name());
            if (t.description() != null) {
                wpData(xml, "tag_description", t.description());
            }
            xml.writeEndElement();
            counts.created(ImportRun.TAGS);
        }
    }

    private void menuTerms(XMLStreamWriter xml) throws XMLStreamException {
        for (SlugRow m : em.createQuery(
                        "select new io.dossier.core.query.SlugRow(m.id, m.name, m.location) from Menu m order by m.id",
                        SlugRow.class)
                .getResultList()) {
            xml.writeStartElement("wp", "term", WP);
            wp(xml, "term_id", String.valueOf(m.id()));
            wpData(xml, "term_taxonomy", "nav_menu");
            wpData(xml, "term_slug", m.slug());
            wpData(xml, "term_name", m.name());
            xml.writeEndElement();
        }
    }

    private void pages(XMLStreamWriter xml, String siteUrl, ZoneId zone, ImportReport counts)
            throws XMLStreamException {
        // Parents first (by depth), so WordPress's importer, which needs a parent before its child, keeps the tree.
        // Ids are the WordPress ones content came with (legacyId), so /?page_id= keeps working after another move.
        List<ExportedPage> rows = new ArrayList<>(em.createQuery(
                        "select new io.dossier.core.transfer.ExportedPage(coalesce(p.legacyId, p.id), p.title, p.slug,"
                                + " p.path, p.body, p.excerpt, p.status, p.publishedAt, p.updatedAt, a.login,"
                                + " coalesce(up.legacyId, up.id), p.menuOrder) from Page p"
                                + " join p.author a left join p.parent up",
                        ExportedPage.class)
                .getResultList());
        rows.sort(Comparator.comparingInt((ExportedPage r) -> r.path().split("/").length)
                .thenComparing(ExportedPage::key));
        for (ExportedPage p : rows) {
            item(
                    xml,
                    new Item(
                            p.key(),
                            "page",
                            p.title(),
                            p.slug(),
                            siteUrl + Permalinks.page(p.path()),
                            p.body(),
                            p.excerpt(),
                            p.status(),
                            p.publishedAt(),
                            p.updatedAt(),
                            p.login(),
                            p.parentKey() == null ? 0 : p.parentKey(),
                            p.menuOrder(),
                            false,
                            List.of(),
                            Map.of(),
                            null),
                    zone);
            counts.created(ImportRun.PAGES);
        }
    }

    /**
     * The media library as WordPress attachments: WordPress's importer fetches each file from its
     * {@code attachment_url} (this site) and rewrites links to it; posts name their featured image
     * by its id ({@code _thumbnail_id}), as WordPress does.
     */
    private void attachments(XMLStreamWriter xml, String siteUrl, ZoneId zone, ImportReport counts)
            throws XMLStreamException {
        for (ExportedMedia m : em.createQuery(
                        "select new io.dossier.core.transfer.ExportedMedia(m.id, m.fileName, m.storagePath, m.title,"
                                + " m.altText, m.caption, m.width, m.height, m.createdAt, u.login)"
                                + " from Media m left join m.uploadedBy u order by m.id",
                        ExportedMedia.class)
                .getResultList()) {
            String path = m.storagePath();
            String url = siteUrl + Permalinks.media(path);
            String name = path.substring(path.lastIndexOf('/') + 1);
            String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("_wp_attached_file", path);
            if (m.width() != null && m.height() != null) {
                meta.put(
                        "_wp_attachment_metadata",
                        "a:3:{s:5:\"width\";i:" + m.width() + ";s:6:\"height\";i:" + m.height() + ";s:4:\"file\";s:"
                                + path.getBytes(StandardCharsets.UTF_8).length + ":\"" + path + "\";}");
            }
            if (m.altText() != null) {
                meta.put("_wp_attachment_image_alt", m.altText());
            }
            item(
                    xml,
                    new Item(
                            m.id(),
                            "attachment",
                            m.title() != null ? m.title() : m.fileName(),
                            stem,
                            url,
                            "",
                            m.caption(),
                            ContentStatus.PUBLISHED,
                            m.createdAt(),
                            m.createdAt(),
                            m.uploader(),
                            0,
                            0,
                            false,
                            List.of(),
                            meta,
                            url),
                    zone);
            counts.created(ImportRun.ATTACHMENTS);
        }
    }

    private void posts(XMLStreamWriter xml, String siteUrl, ZoneId zone, ImportReport counts)
            throws XMLStreamException {
        long last = 0;
        while (true) {
            List<ExportedPost> rows = em.createQuery(
                            "select new io.dossier.core.transfer.ExportedPost(p.id, p.title, p.slug, p.body, p.excerpt,"
                                    + " p.status, p.publishedAt, p.updatedAt, a.login, p.sticky, coalesce(p.legacyId, p.id),"
                                    + " fm.id) from Post p join p.author a"
                                    + " left join p.featuredMedia fm where p.id > :last order by p.id",
                            ExportedPost.class)
                    .setParameter("last", last)
                    .setMaxResults(BATCH)
                    .getResultList();
            if (rows.isEmpty()) {
                return;
            }
            List<Long> ids = rows.stream().map(ExportedPost::id).toList();
            Map<Long, List<Term>> terms = new HashMap<>();
            em.createQuery(
                            "select new io.dossier.core.transfer.PostTermRef(p.id, c.slug, c.name)"
                                    + " from Post p join p.categories c where p.id in :ids",
                            PostTermRef.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(r -> terms.computeIfAbsent(r.postId(), k -> new ArrayList<>())
                            .add(new Term("category", r.slug(), r.name())));
            em.createQuery(
                            "select new io.dossier.core.transfer.PostTermRef(p.id, t.slug, t.name)"
                                    + " from Post p join p.tags t where p.id in :ids",
                            PostTermRef.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(r -> terms.computeIfAbsent(r.postId(), k -> new ArrayList<>())
                            .add(new Term("post_tag", r.slug(), r.name())));
            for (ExportedPost p : rows) {
                Instant published = p.publishedAt();
                String link = published == null
                        ? siteUrl + "/?p=" + p.key()
                        : siteUrl + Permalinks.post(published, p.slug(), zone);
                item(
                        xml,
                        new Item(
                                p.key(),
                                "post",
                                p.title(),
                                p.slug(),
                                link,
                                p.body(),
                                p.excerpt(),
                                p.status(),
                                published,
                                p.updatedAt(),
                                p.login(),
                                0,
                                0,
                                p.sticky(),
                                terms.getOrDefault(p.id(), List.of()),
                                p.featuredMediaId() == null
                                        ? Map.of()
                                        : Map.of(
                                                "_thumbnail_id",
                                                p.featuredMediaId().toString()),
                                null),
                        zone);
                counts.created(ImportRun.POSTS);
            }
            last = ids.getLast();
            em.clear();
        }
    }

    /** Menu items as WordPress stores them: nav_menu_item posts whose meta names the target. */
    private void menuItems(XMLStreamWriter xml, String siteUrl, ZoneId zone, ImportReport counts)
            throws XMLStreamException {
        Map<Long, Long> pageKeys = new HashMap<>();
        em.createQuery(
                        "select new io.dossier.core.support.IdPair(p.id, coalesce(p.legacyId, p.id)) from Page p",
                        IdPair.class)
                .getResultList()
                .forEach(r -> pageKeys.put(r.first(), r.second()));
        Map<Long, String> people = new HashMap<>();
        em.createQuery(
                        "select new io.dossier.core.query.ProfileHitRow(p.id, p.name, p.slug, p.kind) from Person p",
                        ProfileHitRow.class)
                .getResultList()
                .forEach(r -> people.put(r.id(), Permalinks.profile(r.kind(), r.slug())));
        for (ExportedMenuItem i : em.createQuery(
                        "select new io.dossier.core.transfer.ExportedMenuItem(i.id, m.location, m.name, up.id,"
                                + " i.position, i.label, i.kind, i.targetId, i.url)"
                                + " from MenuItem i join i.menu m left join i.parent up order by m.id, i.position, i.id",
                        ExportedMenuItem.class)
                .getResultList()) {
            MenuItemKind kind = i.kind();
            Long target = i.targetId();
            Map<String, String> meta = new LinkedHashMap<>();
            switch (kind) {
                case PAGE ->
                    meta.putAll(Map.of(
                            "_menu_item_type",
                            "post_type",
                            "_menu_item_object",
                            "page",
                            "_menu_item_object_id",
                            String.valueOf(pageKeys.get(target))));
                case CATEGORY ->
                    meta.putAll(Map.of(
                            "_menu_item_type",
                            "taxonomy",
                            "_menu_item_object",
                            "category",
                            "_menu_item_object_id",
                            String.valueOf(target)));
                case TAG ->
                    meta.putAll(Map.of(
                            "_menu_item_type",
                            "taxonomy",
                            "_menu_item_object",
                            "post_tag",
                            "_menu_item_object_id",
                            String.valueOf(target)));
                case PERSON, URL -> {
                    String url = kind == MenuItemKind.PERSON ? people.get(target) : i.url();
                    meta.putAll(Map.of(
                            "_menu_item_type",
                            "custom",
                            "_menu_item_object",
                            "custom",
                            "_menu_item_url",
                            url == null ? "" : url.startsWith("/") ? siteUrl + url : url));
                }
            }
            meta.put(
                    "_menu_item_menu_item_parent",
                    i.parentId() == null ? "0" : i.parentId().toString());
            item(
                    xml,
                    new Item(
                            i.id(),
                            "nav_menu_item",
                            i.label() == null ? "" : i.label(),
                            String.valueOf(i.id()),
                            siteUrl + "/?p=" + i.id(),
                            "",
                            "",
                            ContentStatus.PUBLISHED,
                            null,
                            null,
                            null,
                            0,
                            i.position() + 1,
                            false,
                            List.of(new Term("nav_menu", i.location(), i.menuName())),
                            meta,
                            null),
                    zone);
            counts.created(ImportRun.MENU_ITEMS);
        }
    }

    /** A term an item is filed under, as WXR names it: its taxonomy ("category", "post_tag", "nav_menu"), slug and name. */
    private record Term(String domain, String slug, String name) {}

    private record Item(
            long id,
            String type,
            String title,
            String slug,
            String link,
            String body,
            String excerpt,
            ContentStatus status,
            Instant published,
            Instant modified,
            String author,
            long parent,
            int menuOrder,
            boolean sticky,
            List<Term> terms,
            Map<String, String> meta,
            String attachmentUrl) {}

    private static void item(XMLStreamWriter xml, Item item, ZoneId zone) throws XMLStreamException {
        xml.writeStartElement("item");
        cdata(xml, "title", null, item.title());
        text(xml, "link", item.link());
        if (item.published() != null) {
            text(xml, "pubDate", RFC_822.format(item.published().atOffset(ZoneOffset.UTC)));
        }
        cdata(xml, "dc:creator", "http://purl.org/dc/elements/1.1/", item.author() == null ? "" : item.author());
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(item.link());
        xml.writeEndElement();
        text(xml, "description", "");
        cdata(
                xml,
                "content:encoded",
                "http://purl.org/rss/1.0/modules/content/",
                item.body() == null ? "" : item.body());
        cdata(
                xml,
                "excerpt:encoded",
                "http://wordpress.org/export/1.2/excerpt/",
                item.excerpt() == null ? "" : item.excerpt());
        wp(xml, "post_id", String.valueOf(item.id()));
        wpData(
                xml,
                "post_date",
                item.published() == null
                        ? NEVER
                        : WP_DATE.format(item.published().atZone(zone)));
        wpData(
                xml,
                "post_date_gmt",
                item.published() == null
                        ? NEVER
                        : WP_DATE.format(item.published().atOffset(ZoneOffset.UTC)));
        Instant modified = item.modified() == null ? item.published() : item.modified();
        wpData(xml, "post_modified", modified == null ? NEVER : WP_DATE.format(modified.atZone(zone)));
        wpData(xml, "post_modified_gmt", modified == null ? NEVER : WP_DATE.format(modified.atOffset(ZoneOffset.UTC)));
        wpData(xml, "comment_status", "closed");
        wpData(xml, "ping_status", "closed");
        wpData(xml, "post_name", item.slug());
        wpData(xml, "status", item.attachmentUrl() != null ? "inherit" : status(item.status(), item.published()));
        wp(xml, "post_parent", String.valueOf(item.parent()));
        wp(xml, "menu_order", String.valueOf(item.menuOrder()));
        wpData(xml, "post_type", item.type());
        wpData(xml, "post_password", "");
        wp(xml, "is_sticky", item.sticky() ? "1" : "0");
        if (item.attachmentUrl() != null) {
            wpData(xml, "attachment_url", item.attachmentUrl());
        }
        for (Term term : item.terms()) {
            xml.writeStartElement("category");
            xml.writeAttribute("domain", term.domain());
            xml.writeAttribute("nicename", term.slug());
            writeCData(xml, term.name());
            xml.writeEndElement();
        }
        for (Map.Entry<String, String> meta : item.meta().entrySet()) {
            xml.writeStartElement("wp", "postmeta", WP);
            wpData(xml, "meta_key", meta.getKey());
            wpData(xml, "meta_value", meta.getValue());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    static String status(ContentStatus status, Instant published) {
        return switch (status) {
            case PUBLISHED, SCHEDULED -> published != null && published.isAfter(Instant.now()) ? "future" : "publish";
            case PENDING -> "pending";
            case PRIVATE -> "private";
            case TRASHED -> "trash";
            case DRAFT -> "draft";
        };
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void wp(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement("wp", name, WP);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void wpData(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement("wp", name, WP);
        writeCData(xml, value);
        xml.writeEndElement();
    }

    private static void cdata(XMLStreamWriter xml, String qualified, String namespace, String value)
            throws XMLStreamException {
        int colon = qualified.indexOf(':');
        if (colon < 0) {
            xml.writeStartElement(qualified);
        } else {
            xml.writeStartElement(qualified.substring(0, colon), qualified.substring(colon + 1), namespace);
        }
        writeCData(xml, value);
        xml.writeEndElement();
    }

    /** CDATA as WordPress writes it; a "]]>" inside is split across two sections. */
    private static void writeCData(XMLStreamWriter xml, String value) throws XMLStreamException {
        String[] parts = (value == null ? "" : value).split("]]>", -1);
        for (int i = 0; i < parts.length; i++) {
            xml.writeCData(i < parts.length - 1 ? parts[i] + "]]" : parts[i]);
            if (i < parts.length - 1) {
                parts[i + 1] = ">" + parts[i + 1];
            }
        }
    }
}
