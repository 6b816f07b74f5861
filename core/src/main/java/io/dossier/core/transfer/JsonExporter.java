package io.dossier.core.transfer;

import io.dossier.core.model.SiteSettings;
import io.dossier.core.plugin.PluginSettingsStore;
import io.dossier.core.plugin.StoredSettings;
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
                    "select u.login, u.displayName, u.email, u.role, u.slug from UserAccount u order by u.id",
                    r -> {
                        json.write("login", (String) r[0]).write("displayName", (String) r[1]);
                        text(json, "email", (String) r[2]);
                        json.write("role", r[3].toString()).write("slug", (String) r[4]);
                    });
            // Library items are named by their stored path, which their files keep in a site archive.
            rows(
                    json,
                    "media",
                    "select m.storagePath, m.fileName, m.mimeType, m.sizeBytes, m.width, m.height, m.title,"
                            + " m.altText, m.caption, m.variantWidths, u.login from Media m left join m.uploadedBy u order by m.id",
                    r -> {
                        json.write("storagePath", (String) r[0])
                                .write("fileName", (String) r[1])
                                .write("mimeType", (String) r[2])
                                .write("sizeBytes", (Long) r[3]);
                        if (r[4] != null && r[5] != null) {
                            json.write("width", (Integer) r[4]).write("height", (Integer) r[5]);
                        }
                        text(json, "title", (String) r[6]);
                        text(json, "altText", (String) r[7]);
                        text(json, "caption", (String) r[8]);
                        text(json, "variantWidths", (String) r[9]);
                        text(json, "uploadedBy", (String) r[10]);
                    });
            people(json);
            // Parents are named by slug; the importer settles them once every category exists.
            rows(
                    json,
                    "categories",
                    "select c.slug, c.name, c.description, pc.slug from Category c left join c.parent pc"
                            + " order by c.id",
                    r -> {
                        json.write("slug", (String) r[0]).write("name", (String) r[1]);
                        text(json, "description", (String) r[2]);
                        text(json, "parent", (String) r[3]);
                    });
            rows(
                    json,
                    "tags",
                    "select t.slug, t.name, t.description, p.slug from Tag t left join t.person p order by t.id",
                    r -> {
                        json.write("slug", (String) r[0]).write("name", (String) r[1]);
                        text(json, "description", (String) r[2]);
                        text(json, "person", (String) r[3]);
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
        Map<Long, List<String[]>> links = new HashMap<>();
        em.createQuery("select p.id, l.label, l.url from Person p join p.links l", Object[].class)
                .getResultList()
                .forEach(r -> links.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new String[] {(String) r[1], (String) r[2]}));
        json.writeStartArray("people");
        for (Object[] p : em.createQuery(
                        "select p.id, p.slug, p.name, p.kind, p.roleTitle, p.bio, p.photoUrl from Person p"
                                + " order by p.id",
                        Object[].class)
                .getResultList()) {
            json.writeStartObject()
                    .write("slug", (String) p[1])
                    .write("name", (String) p[2])
                    .write("kind", p[3].toString());
            text(json, "role", (String) p[4]);
            text(json, "bio", (String) p[5]);
            text(json, "photoUrl", (String) p[6]);
            json.writeStartArray("links");
            links.getOrDefault((Long) p[0], List.of())
                    .forEach(l -> json.writeStartObject()
                            .write("label", l[0])
                            .write("url", l[1])
                            .writeEnd());
            json.writeEnd().writeEnd();
        }
        json.writeEnd();
    }

    private void pages(JsonGenerator json) {
        List<Object[]> rows = em.createQuery(
                        "select p.id, p.title, p.slug, p.path, p.body, p.excerpt, p.status, p.publishedAt,"
                                + " a.login, pp.id, p.menuOrder, p.legacyId from Page p join p.author a left join p.parent pp",
                        Object[].class)
                .getResultList();
        rows.sort(Comparator.comparingInt((Object[] r) -> ((String) r[3]).split("/").length)
                .thenComparing(r -> (Long) r[0]));
        json.writeStartArray("pages");
        for (Object[] p : rows) {
            json.writeStartObject()
                    .write("id", (Long) p[0])
                    .write("title", (String) p[1])
                    .write("slug", (String) p[2]);
            text(json, "body", (String) p[4]);
            text(json, "excerpt", (String) p[5]);
            json.write("status", p[6].toString());
            time(json, "publishedAt", (Instant) p[7]);
            json.write("author", (String) p[8]);
            if (p[9] != null) {
                json.write("parent", (Long) p[9]);
            }
            json.write("menuOrder", (Integer) p[10]);
            if (p[11] != null) {
                json.write("legacyId", (Long) p[11]);
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void posts(JsonGenerator json) {
        json.writeStartArray("posts");
        long last = 0;
        while (true) {
            List<Object[]> rows = em.createQuery(
                            "select p.id, p.title, p.slug, p.body, p.excerpt, p.status, p.publishedAt,"
                                    + " a.login, p.sticky, p.seoTitle, p.seoDescription, p.canonicalUrl, p.legacyId, fm.storagePath, sm.storagePath"
                                    + " from Post p join p.author a left join p.featuredMedia fm left join p.socialMedia sm"
                                    + " where p.id > :last order by p.id",
                            Object[].class)
                    .setParameter("last", last)
                    .setMaxResults(BATCH)
                    .getResultList();
            if (rows.isEmpty()) {
                break;
            }
            List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
            Map<Long, List<String>> categories =
                    slugs("select p.id, c.slug from Post p join p.categories c where p.id in :ids", ids);
            Map<Long, List<String>> tags =
                    slugs("select p.id, t.slug from Post p join p.tags t where p.id in :ids", ids);
            Map<Long, List<String[]>> credits = new HashMap<>();
            em.createQuery(
                            "select c.post.id, c.person.slug, c.role from Credit c where c.post.id in :ids order by c.position",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(r -> credits.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                            .add(new String[] {(String) r[1], (String) r[2]}));
            for (Object[] p : rows) {
                long id = (Long) p[0];
                json.writeStartObject()
                        .write("id", id)
                        .write("title", (String) p[1])
                        .write("slug", (String) p[2]);
                text(json, "body", (String) p[3]);
                text(json, "excerpt", (String) p[4]);
                json.write("status", p[5].toString());
                time(json, "publishedAt", (Instant) p[6]);
                json.write("author", (String) p[7]).write("sticky", (Boolean) p[8]);
                text(json, "seoTitle", (String) p[9]);
                text(json, "seoDescription", (String) p[10]);
                text(json, "canonicalUrl", (String) p[11]);
                if (p[12] != null) {
                    json.write("legacyId", (Long) p[12]);
                }
                text(json, "featuredImage", (String) p[13]);
                text(json, "socialImage", (String) p[14]);
                strings(json, "categories", categories.getOrDefault(id, List.of()));
                strings(json, "tags", tags.getOrDefault(id, List.of()));
                json.writeStartArray("credits");
                credits.getOrDefault(id, List.of())
                        .forEach(c -> json.writeStartObject()
                                .write("person", c[0])
                                .write("role", c[1])
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
        Map<Long, String> tagSlugs = map("select t.id, t.slug from Tag t");
        rows(json, "redirects", "select r.oldPath, r.targetKind, r.targetId from PathRedirect r order by r.id", r -> {
            json.write("from", (String) r[0]).write("kind", r[1].toString());
            if (r[1] == ContentKind.TAG) {
                text(json, "tag", tagSlugs.get((Long) r[2]));
            } else {
                json.write("id", (Long) r[2]);
            }
        });
    }

    /** Menus as trees whose items name their target by kind and slug (pages by their id in this file). */
    private void menus(JsonGenerator json) {
        Map<Long, String> categorySlugs = map("select c.id, c.slug from Category c");
        Map<Long, String> tagSlugs = map("select t.id, t.slug from Tag t");
        Map<Long, String> personSlugs = map("select p.id, p.slug from Person p");
        Map<Long, List<Object[]>> children = new HashMap<>();
        List<Object[]> items = em.createQuery(
                        "select i.id, m.location, pi.id, i.label, i.kind, i.targetId, i.url from MenuItem i"
                                + " join i.menu m left join i.parent pi order by i.position, i.id",
                        Object[].class)
                .getResultList();
        items.forEach(i -> children.computeIfAbsent(i[2] == null ? -1L : (Long) i[2], k -> new ArrayList<>())
                .add(i));
        json.writeStartArray("menus");
        for (Object[] m : em.createQuery("select m.location, m.name from Menu m order by m.id", Object[].class)
                .getResultList()) {
            json.writeStartObject().write("location", (String) m[0]).write("name", (String) m[1]);
            json.writeStartArray("items");
            children.getOrDefault(-1L, List.of()).stream()
                    .filter(i -> i[1].equals(m[0]))
                    .forEach(i -> menuItem(json, i, children, categorySlugs, tagSlugs, personSlugs));
            json.writeEnd().writeEnd();
        }
        json.writeEnd();
    }

    private void menuItem(
            JsonGenerator json,
            Object[] i,
            Map<Long, List<Object[]>> children,
            Map<Long, String> categories,
            Map<Long, String> tags,
            Map<Long, String> people) {
        json.writeStartObject().write("kind", i[4].toString());
        text(json, "label", (String) i[3]);
        Long target = (Long) i[5];
        switch (i[4].toString()) {
            case "PAGE" -> json.write("page", target);
            case "CATEGORY" -> text(json, "target", categories.get(target));
            case "TAG" -> text(json, "target", tags.get(target));
            case "PERSON" -> text(json, "target", people.get(target));
            default -> text(json, "url", (String) i[6]);
        }
        json.writeStartArray("children");
        children.getOrDefault((Long) i[0], List.of())
                .forEach(c -> menuItem(json, c, children, categories, tags, people));
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
    private void rows(JsonGenerator json, String name, String jpql, Consumer<Object[]> fields) {
        json.writeStartArray(name);
        for (Object[] r : em.createQuery(jpql, Object[].class).getResultList()) {
            json.writeStartObject();
            fields.accept(r);
            json.writeEnd();
        }
        json.writeEnd();
    }

    private Map<Long, List<String>> slugs(String jpql, List<Long> ids) {
        Map<Long, List<String>> byPost = new HashMap<>();
        em.createQuery(jpql, Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> byPost.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add((String) r[1]));
        return byPost;
    }

    private Map<Long, String> map(String jpql) {
        Map<Long, String> map = new HashMap<>();
        em.createQuery(jpql, Object[].class).getResultList().forEach(r -> map.put((Long) r[0], (String) r[1]));
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
