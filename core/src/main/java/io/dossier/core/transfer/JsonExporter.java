package io.dossier.core.transfer;

import io.dossier.core.model.SiteSettings;
import io.dossier.core.plugin.PluginSettingsStore;
import io.dossier.core.plugin.StoredSettings;
import io.dossier.core.query.Choice;
import io.dossier.core.query.ProfileColumns;
import io.dossier.core.query.SlugRow;
import io.dossier.core.vocabulary.ContentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole site as one JSON document, everything WXR cannot carry included: settings, accounts
 * (never their passwords), people and organisations with their links, categories, tags with the
 * profile they stand for, pages, posts with bylines and search-engine fields, menus and plugin
 * settings, the media library's items with posts' featured and social images. Written as a stream
 * (JSON-P's generator), posts in keyset batches, sections in the order {@link JsonImporter} needs
 * them (what is referred to comes first). The files themselves travel beside it in a {@link SiteArchive}.
 */
@ApplicationScoped
public class JsonExporter {

    /** The format's name and version, checked by the importer. */
    static final String FORMAT = "dossier-site";

    static final int VERSION = 1;
    private static final int BATCH = 200;

    private EntityManager em;
    private PluginSettingsStore plugins;

    protected JsonExporter() {}

    @Inject
    public JsonExporter(EntityManager em, PluginSettingsStore plugins) {
        this.em = em;
        this.plugins = plugins;
    }

    public void export(OutputStream out) {
        SiteSettings s = em.find(SiteSettings.class, SiteSettings.ID);
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out)) {
            json.writeStartObject()
                    .write("format", FORMAT)
                    .write("version", VERSION)
                    .write("exportedAt", Instant.now().toString());
            json.writeStartObject("site");
            text(json, "title", s.getTitle());
            text(json, "tagline", s.getTagline());
            json.write("postsPerPage", s.getPostsPerPage()).write("feedItems", s.getFeedItems());
            text(json, "footerText", s.getFooterText());
            text(json, "timeZone", s.getTimeZone());
            text(json, "robotsTxt", s.getRobotsTxt());
            text(json, "websubHub", s.getWebsubHub());
            json.writeEnd();
            rows(
                    json,
                    "accounts",
                    "select new io.dossier.core.transfer.SiteAccount(u.login, u.displayName, u.email, u.role, u.slug)"
                            + " from UserAccount u order by u.id",
                    SiteAccount.class,
                    r -> {
                        json.write("login", r.login()).write("displayName", r.displayName());
                        text(json, "email", r.email());
                        json.write("role", r.role().toString()).write("slug", r.slug());
                    });
            // Library items are named by their stored path, which their files keep in a site archive.
            rows(
                    json,
                    "media",
                    "select new io.dossier.core.transfer.SiteMedia(m.storagePath, m.fileName, m.mimeType, m.sizeBytes,"
                            + " m.width, m.height, m.title, m.altText, m.caption, m.variantWidths, u.login)"
                            + " from Media m left join m.uploadedBy u order by m.id",
                    SiteMedia.class,
                    r -> {
                        json.write("storagePath", r.storagePath())
                                .write("fileName", r.fileName())
                                .write("mimeType", r.mimeType())
                                .write("sizeBytes", r.sizeBytes());
                        if (r.width() != null && r.height() != null) {
                            json.write("width", r.width()).write("height", r.height());
                        }
                        text(json, "title", r.title());
                        text(json, "altText", r.altText());
                        text(json, "caption", r.caption());
                        text(json, "variantWidths", r.variantWidths());
                        text(json, "uploadedBy", r.uploader());
                    });
            people(json);
            // Parents are named by slug; the importer settles them once every category exists.
            rows(
                    json,
                    "categories",
                    "select new io.dossier.core.transfer.SiteTerm(c.slug, c.name, c.description, pc.slug)"
                            + " from Category c left join c.parent pc order by c.id",
                    SiteTerm.class,
                    r -> {
                        json.write("slug", r.slug()).write("name", r.name());
                        text(json, "description", r.description());
                        text(json, "parent", r.linkedSlug());
                    });
            rows(
                    json,
                    "tags",
                    "select new io.dossier.core.transfer.SiteTerm(t.slug, t.name, t.description, p.slug)"
                            + " from Tag t left join t.person p order by t.id",
                    SiteTerm.class,
                    r -> {
                        json.write("slug", r.slug()).write("name", r.name());
                        text(json, "description", r.description());
                        text(json, "person", r.linkedSlug());
                    });
            pages(json);
            posts(json);
            menus(json);
            redirects(json);
            pluginSettings(json);
            json.writeEnd();
        }
    }

    private void people(JsonGenerator json) {
        Map<Long, List<SitePersonLink>> links = new HashMap<>();
        em.createQuery(
                        "select new io.dossier.core.transfer.SitePersonLink(p.id, l.label, l.url)"
                                + " from Person p join p.links l",
                        SitePersonLink.class)
                .getResultList()
                .forEach(r -> links.computeIfAbsent(r.personId(), k -> new ArrayList<>())
                        .add(r));
        json.writeStartArray("people");
        for (ProfileColumns p : em.createQuery(
                        "select new io.dossier.core.query.ProfileColumns(p.id, p.name, p.slug, p.kind, p.roleTitle,"
                                + " p.bio, p.photoUrl) from Person p order by p.id",
                        ProfileColumns.class)
                .getResultList()) {
            json.writeStartObject()
                    .write("slug", p.slug())
                    .write("name", p.name())
                    .write("kind", p.kind().toString());
            text(json, "role", p.roleTitle());
            text(json, "bio", p.bio());
            text(json, "photoUrl", p.photoUrl());
            json.writeStartArray("links");
            links.getOrDefault(p.id(), List.of())
                    .forEach(l -> json.writeStartObject()
                            .write("label", l.label())
                            .write("url", l.url())
                            .writeEnd());
            json.writeEnd().writeEnd();
        }
        json.writeEnd();
    }

    private void pages(JsonGenerator json) {
        List<SitePage> rows = new ArrayList<>(em.createQuery(
                        "select new io.dossier.core.transfer.SitePage(p.id, p.title, p.slug, p.path, p.body, p.excerpt,"
                                + " p.status, p.publishedAt, a.login, pp.id, p.menuOrder, p.legacyId)"
                                + " from Page p join p.author a left join p.parent pp",
                        SitePage.class)
                .getResultList());
        rows.sort(Comparator.comparingInt((SitePage r) -> r.path().split("/").length)
                .thenComparing(SitePage::id));
        json.writeStartArray("pages");
        for (SitePage p : rows) {
            json.writeStartObject()
                    .write("id", p.id())
                    .write("title", p.title())
                    .write("slug", p.slug());
            text(json, "body", p.body());
            text(json, "excerpt", p.excerpt());
            json.write("status", p.status().toString());
            time(json, "publishedAt", p.publishedAt());
            json.write("author", p.login());
            if (p.parentId() != null) {
                json.write("parent", p.parentId());
            }
            json.write("menuOrder", p.menuOrder());
            if (p.legacyId() != null) {
                json.write("legacyId", p.legacyId());
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void posts(JsonGenerator json) {
        json.writeStartArray("posts");
        long last = 0;
        while (true) {
            List<SitePost> rows = em.createQuery(
                            "select new io.dossier.core.transfer.SitePost(p.id, p.title, p.slug, p.body, p.excerpt,"
                                    + " p.status, p.publishedAt, a.login, p.sticky, p.seoTitle, p.seoDescription,"
                                    + " p.canonicalUrl, p.legacyId, fm.storagePath, sm.storagePath)"
                                    + " from Post p join p.author a left join p.featuredMedia fm left join p.socialMedia sm"
                                    + " where p.id > :last order by p.id",
                            SitePost.class)
                    .setParameter("last", last)
                    .setMaxResults(BATCH)
                    .getResultList();
            if (rows.isEmpty()) {
                break;
            }
            List<Long> ids = rows.stream().map(SitePost::id).toList();
            Map<Long, List<String>> categories = slugs(
                    "select new io.dossier.core.query.Choice(p.id, c.slug) from Post p join p.categories c"
                            + " where p.id in :ids",
                    ids);
            Map<Long, List<String>> tags = slugs(
                    "select new io.dossier.core.query.Choice(p.id, t.slug) from Post p join p.tags t where p.id in :ids",
                    ids);
            Map<Long, List<SiteCredit>> credits = new HashMap<>();
            em.createQuery(
                            "select new io.dossier.core.transfer.SiteCredit(c.post.id, c.person.slug, c.role)"
                                    + " from Credit c where c.post.id in :ids order by c.position",
                            SiteCredit.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(r -> credits.computeIfAbsent(r.postId(), k -> new ArrayList<>())
                            .add(r));
            for (SitePost p : rows) {
                long id = p.id();
                json.writeStartObject()
                        .write("id", id)
                        .write("title", p.title())
                        .write("slug", p.slug());
                text(json, "body", p.body());
                text(json, "excerpt", p.excerpt());
                json.write("status", p.status().toString());
                time(json, "publishedAt", p.publishedAt());
                json.write("author", p.login()).write("sticky", p.sticky());
                text(json, "seoTitle", p.seoTitle());
                text(json, "seoDescription", p.seoDescription());
                text(json, "canonicalUrl", p.canonicalUrl());
                if (p.legacyId() != null) {
                    json.write("legacyId", p.legacyId());
                }
                text(json, "featuredImage", p.featuredImage());
                text(json, "socialImage", p.socialImage());
                strings(json, "categories", categories.getOrDefault(id, List.of()));
                strings(json, "tags", tags.getOrDefault(id, List.of()));
                json.writeStartArray("credits");
                credits.getOrDefault(id, List.of())
                        .forEach(c -> json.writeStartObject()
                                .write("person", c.person())
                                .write("role", c.role())
                                .writeEnd());
                json.writeEnd().writeEnd();
            }
            last = ids.getLast();
            em.clear();
        }
        json.writeEnd();
    }

    /** Old addresses that answer 301: to a post or page by its id in this file, to a tag by its slug. */
    private void redirects(JsonGenerator json) {
        Map<Long, String> tagSlugs = map("select new io.dossier.core.query.Choice(t.id, t.slug) from Tag t");
        rows(
                json,
                "redirects",
                "select new io.dossier.core.transfer.SiteRedirect(r.oldPath, r.targetKind, r.targetId)"
                        + " from PathRedirect r order by r.id",
                SiteRedirect.class,
                r -> {
                    json.write("from", r.oldPath()).write("kind", r.kind().toString());
                    if (r.kind() == ContentKind.TAG) {
                        text(json, "tag", tagSlugs.get(r.targetId()));
                    } else {
                        json.write("id", r.targetId());
                    }
                });
    }

    /** Menus as trees whose items name their target by kind and slug (pages by their id in this file). */
    private void menus(JsonGenerator json) {
        Map<Long, String> categorySlugs = map("select new io.dossier.core.query.Choice(c.id, c.slug) from Category c");
        Map<Long, String> tagSlugs = map("select new io.dossier.core.query.Choice(t.id, t.slug) from Tag t");
        Map<Long, String> personSlugs = map("select new io.dossier.core.query.Choice(p.id, p.slug) from Person p");
        Map<Long, List<ExportedMenuItem>> children = new HashMap<>();
        List<ExportedMenuItem> items = em.createQuery(
                        "select new io.dossier.core.transfer.ExportedMenuItem(i.id, m.location, m.name, pi.id,"
                                + " i.position, i.label, i.kind, i.targetId, i.url) from MenuItem i"
                                + " join i.menu m left join i.parent pi order by i.position, i.id",
                        ExportedMenuItem.class)
                .getResultList();
        items.forEach(i -> children.computeIfAbsent(i.parentId() == null ? -1L : i.parentId(), k -> new ArrayList<>())
                .add(i));
        json.writeStartArray("menus");
        for (SlugRow m : em.createQuery(
                        "select new io.dossier.core.query.SlugRow(m.id, m.name, m.location) from Menu m order by m.id",
                        SlugRow.class)
                .getResultList()) {
            json.writeStartObject().write("location", m.slug()).write("name", m.name());
            json.writeStartArray("items");
            children.getOrDefault(-1L, List.of()).stream()
                    .filter(i -> i.location().equals(m.slug()))
                    .forEach(i -> menuItem(json, i, children, categorySlugs, tagSlugs, personSlugs));
            json.writeEnd().writeEnd();
        }
        json.writeEnd();
    }

    private void menuItem(
            JsonGenerator json,
            ExportedMenuItem i,
            Map<Long, List<ExportedMenuItem>> children,
            Map<Long, String> categories,
            Map<Long, String> tags,
            Map<Long, String> people) {
        json.writeStartObject().write("kind", i.kind().toString());
        text(json, "label", i.label());
        Long target = i.targetId();
        switch (i.kind()) {
            case PAGE -> json.write("page", target);
            case CATEGORY -> text(json, "target", categories.get(target));
            case TAG -> text(json, "target", tags.get(target));
            case PERSON -> text(json, "target", people.get(target));
            case URL -> text(json, "url", i.url());
        }
        json.writeStartArray("children");
        children.getOrDefault(i.id(), List.of()).forEach(c -> menuItem(json, c, children, categories, tags, people));
        json.writeEnd().writeEnd();
    }

    private void pluginSettings(JsonGenerator json) {
        StoredSettings stored = plugins.load();
        json.writeStartObject("plugins");
        stored.pluginsEnabled().forEach(json::write);
        json.writeEnd();
        json.writeStartObject("extensions");
        stored.extensions().forEach((id, e) -> {
            json.writeStartObject(id).write("enabled", e.enabled());
            text(json, "area", e.area());
            if (e.position() != null) {
                json.write("position", e.position());
            }
            text(json, "title", e.title());
            json.writeStartObject("config");
            e.config().forEach(json::write);
            json.writeEnd().writeEnd();
        });
        json.writeEnd();
    }

    /** An array with one object per row of a query; {@code fields} writes a row's fields. */
    private <R> void rows(JsonGenerator json, String name, String jpql, Class<R> type, Consumer<R> fields) {
        json.writeStartArray(name);
        for (R r : em.createQuery(jpql, type).getResultList()) {
            json.writeStartObject();
            fields.accept(r);
            json.writeEnd();
        }
        json.writeEnd();
    }

    private Map<Long, List<String>> slugs(String jpql, List<Long> ids) {
        Map<Long, List<String>> byPost = new HashMap<>();
        em.createQuery(jpql, Choice.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r ->
                        byPost.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r.label()));
        return byPost;
    }

    private Map<Long, String> map(String jpql) {
        Map<Long, String> map = new HashMap<>();
        em.createQuery(jpql, Choice.class).getResultList().forEach(r -> map.put(r.id(), r.label()));
        return map;
    }

    private static void strings(JsonGenerator json, String name, List<String> values) {
        json.writeStartArray(name);
        values.forEach(json::write);
        json.writeEnd();
    }

    private static void text(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    private static void time(JsonGenerator json, String name, Instant value) {
        if (value != null) {
            json.write(name, value.toString());
        }
    }
}
