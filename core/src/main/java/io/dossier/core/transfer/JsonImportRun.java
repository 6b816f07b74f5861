package io.dossier.core.transfer;

import io.dossier.core.media.MediaDraft;
import io.dossier.core.media.MediaTypes;
import io.dossier.core.plugin.PluginSettingsStore;
import io.dossier.core.service.CategoryDraft;
import io.dossier.core.service.MenuEntry;
import io.dossier.core.service.MenuService;
import io.dossier.core.service.OldAddresses;
import io.dossier.core.service.PageDraft;
import io.dossier.core.service.PersonDraft;
import io.dossier.core.service.PostDraft;
import io.dossier.core.service.PostExtras;
import io.dossier.core.service.SettingsService;
import io.dossier.core.service.TagDraft;
import io.dossier.core.spi.WidgetArea;
import io.dossier.core.support.FieldRules;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.vocabulary.ContentKind;
import io.dossier.core.vocabulary.ContentStatus;
import io.dossier.core.vocabulary.MenuItemKind;
import io.dossier.core.vocabulary.PersonKind;
import io.dossier.core.vocabulary.Role;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies one Dossier export's items, each idempotently like {@link ImportRun}: accounts by login,
 * people, categories and tags by slug, pages and posts by the id they had (kept as
 * {@code legacyId}, or the WordPress ID they already carried). Category parents are settled when
 * the categories are all there; menus replace the site's menu at the same location.
 */
final class JsonImportRun {

    private final ImportWriters writers;
    private final SettingsService settings;
    private final PluginSettingsStore plugins;
    private final ImportReport report;
    private final Lookups lookups;

    private final Map<String, Long> accounts = new HashMap<>();
    /** Library items by stored path. */
    private final Map<String, Long> media = new HashMap<>();

    private final Map<String, Long> people = new HashMap<>();
    private final Map<String, Long> categories = new HashMap<>();
    private final Map<String, String> categoryParents = new HashMap<>();
    private final Map<String, Long> tags = new HashMap<>();
    private final Map<Long, Long> pageIds = new HashMap<>();
    /** Posts by their id in the file, for the redirects to them. */
    private final Map<Long, Long> postIds = new HashMap<>();

    JsonImportRun(
            EntityManager em,
            ImportWriters writers,
            SettingsService settings,
            PluginSettingsStore plugins,
            ImportReport report) {
        this.writers = writers;
        this.settings = settings;
        this.plugins = plugins;
        this.report = report;
        this.lookups = new Lookups(em);
    }

    /** One item of a section of the document ("accounts", "posts", …; "site" and the plugin maps whole). */
    void apply(String section, JsonObject item) {
        switch (section) {
            case "site" -> site(item);
            case "accounts" -> account(item);
            case "media" -> media(item);
            case "people" -> person(item);
            case "categories" -> category(item);
            case "tags" -> tag(item);
            case "pages" -> page(item);
            case "posts" -> post(item);
            case "menus" -> menu(item);
            case "redirects" -> redirect(item);
            case "plugins" -> item.forEach((id, on) -> plugins.setPluginEnabled(id, on == JsonValue.TRUE));
            case "extensions" -> item.forEach((id, value) -> extension(id, value.asJsonObject()));
            default -> report.note("Left out the unknown section \"" + section + "\"");
        }
    }

    /** The fields each kind of item must have, checked before anything is written. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "site", List.of("title"),
            "accounts", List.of("login", "displayName", "role"),
            "media", List.of("storagePath", "fileName", "mimeType", "sizeBytes"),
            "people", List.of("slug", "name", "kind", "links"),
            "categories", List.of("slug", "name"),
            "tags", List.of("slug", "name"),
            "pages", List.of("id", "title", "slug", "status", "author"),
            "posts", List.of("id", "title", "slug", "status", "author", "categories", "tags", "credits"),
            "menus", List.of("location", "name", "items"),
            "redirects", List.of("from", "kind"));

    /** Throws {@link ImportFormatException} for an item that lacks a field or names an unknown role, kind or status. */
    static void check(String section, JsonObject item) {
        for (String field : REQUIRED.getOrDefault(section, List.of())) {
            if (!item.containsKey(field) || item.isNull(field)) {
                throw new ImportFormatException(
                        "An item of \"" + section + "\" has no \"" + field + "\": " + shorten(item), 0, null);
            }
        }
        try {
            switch (section) {
                case "accounts" -> Role.valueOf(item.getString("role"));
                case "people" -> PersonKind.valueOf(item.getString("kind"));
                case "pages", "posts" -> ContentStatus.valueOf(item.getString("status"));
                case "redirects" -> ContentKind.valueOf(item.getString("kind"));
                case "media" -> {
                    if (!storable(item.getString("storagePath"))) {
                        throw new ImportFormatException(
                                "A media item's path would leave the media folder: " + shorten(item), 0, null);
                    }
                    if (!MediaTypes.kept(item.getString("mimeType"))) {
                        throw new ImportFormatException(
                                "A media item is of a type the library neither keeps nor serves: " + shorten(item),
                                0,
                                null);
                    }
                }
                default -> {}
            }
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new ImportFormatException(
                    "An item of \"" + section + "\" has an unknown value: " + shorten(item), 0, e);
        }
        try {
            fields(section, item);
        } catch (InvalidInputException e) {
            throw new ImportFormatException(
                    "An item of \"" + section + "\" has a \"" + e.field() + "\" the site would refuse ("
                            + e.getMessage() + "): " + shorten(item),
                    0,
                    e);
        } catch (ClassCastException e) {
            throw new ImportFormatException(
                    "An item of \"" + section + "\" has a field of the wrong type: " + shorten(item), 0, e);
        }
    }

    /** The back office's rules (FieldRules) for every field of the item that is written as it is. */
    private static void fields(String section, JsonObject item) {
        switch (section) {
            case "site" -> {
                FieldRules.limited("title", text(item, "title"), FieldRules.SITE_TITLE);
                FieldRules.limited("tagline", text(item, "tagline"), FieldRules.TAGLINE);
                FieldRules.limited("footerText", text(item, "footerText"), FieldRules.FOOTER);
                FieldRules.webAddress(
                        "websubHub", text(item, "websubHub"), "The WebSub hub must be a web address (https://…)");
            }
            case "accounts" -> {
                FieldRules.limited("login", text(item, "login"), FieldRules.LOGIN);
                FieldRules.limited("slug", text(item, "slug"), FieldRules.SLUG);
                FieldRules.limited("displayName", text(item, "displayName"), FieldRules.NAME);
                FieldRules.limited("email", text(item, "email"), FieldRules.EMAIL);
            }
            case "media" -> {
                FieldRules.limited("storagePath", text(item, "storagePath"), FieldRules.ADDRESS);
                FieldRules.limited("fileName", text(item, "fileName"), FieldRules.FILE_NAME);
                FieldRules.limited("mimeType", text(item, "mimeType"), FieldRules.MIME_TYPE);
                FieldRules.limited("title", text(item, "title"), FieldRules.TITLE);
                FieldRules.limited("altText", text(item, "altText"), FieldRules.ALT_TEXT);
            }
            case "people" -> {
                FieldRules.limited("slug", text(item, "slug"), FieldRules.SLUG);
                FieldRules.limited("name", text(item, "name"), FieldRules.NAME);
                FieldRules.limited("role", text(item, "role"), FieldRules.NAME);
                photo(text(item, "photoUrl"));
                item.getJsonArray("links").getValuesAs(JsonObject.class).forEach(l -> {
                    FieldRules.limited("links", text(l, "label"), FieldRules.LABEL);
                    link(text(l, "url"));
                });
            }
            case "categories", "tags" -> {
                FieldRules.limited("slug", text(item, "slug"), FieldRules.SLUG);
                FieldRules.limited("name", text(item, "name"), FieldRules.NAME);
                FieldRules.limited("description", text(item, "description"), FieldRules.DESCRIPTION);
            }
            case "pages", "posts" -> {
                FieldRules.limited("title", text(item, "title"), FieldRules.TITLE);
                FieldRules.limited("slug", text(item, "slug"), FieldRules.SLUG);
                FieldRules.limited("seoTitle", text(item, "seoTitle"), FieldRules.SEO_TITLE);
                FieldRules.limited("seoDescription", text(item, "seoDescription"), FieldRules.SEO_DESCRIPTION);
                canonical(text(item, "canonicalUrl"));
                if (item.containsKey("credits")) {
                    item.getJsonArray("credits")
                            .getValuesAs(JsonObject.class)
                            .forEach(c -> FieldRules.limited("credits", text(c, "role"), FieldRules.CREDIT_ROLE));
                }
            }
            case "menus" ->
                MenuService.check(menuShapes(item.getJsonArray("items").getValuesAs(JsonObject.class)));
            case "redirects" -> {
                if (!OldAddresses.acceptable(text(item, "from"))) {
                    throw new InvalidInputException("from", "An old address is a path on this site (/2019/05/title/)");
                }
            }
            default -> {}
        }
    }

    /** Menu items as the menu builder checks them: kind, label, address and sub-items. */
    private static List<MenuEntry> menuShapes(List<JsonObject> items) {
        return items.stream()
                .map(i -> new MenuEntry(
                        MenuItemKind.valueOf(i.getString("kind")),
                        null,
                        text(i, "label"),
                        text(i, "url"),
                        menuShapes(
                                i.containsKey("children")
                                        ? i.getJsonArray("children").getValuesAs(JsonObject.class)
                                        : List.of())))
                .toList();
    }

    private static String photo(String url) {
        return FieldRules.link("photoUrl", url, "The photo must be a web address (https://…) or a path on this site");
    }

    private static String link(String url) {
        return FieldRules.webAddress("links", url, "Links must be web addresses (https://…)");
    }

    private static String canonical(String url) {
        return FieldRules.link(
                "canonicalUrl", url, "The canonical address must be a web address (https://…) or a path on this site");
    }

    /** A path inside the media folder, as the library stores them: relative, forward slashes, no step up. */
    static boolean storable(String path) {
        return !path.isBlank()
                && !path.startsWith("/")
                && !path.contains("\\")
                && !path.contains(":")
                && Arrays.stream(path.split("/"))
                        .noneMatch(step -> step.isEmpty() || step.equals("..") || step.equals("."));
    }

    private static String shorten(JsonObject item) {
        String text = item.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    /** Called when a section ends: category parents wait for every category. */
    void sectionDone(String section) {
        if (section.equals("categories")) {
            categoryParents.forEach((slug, parent) -> {
                Long parentId = categories.get(parent);
                if (parentId != null && !parentId.equals(lookups.categoryParent(categories.get(slug)))) {
                    writers.taxonomy().fileUnder(categories.get(slug), parentId);
                }
            });
        }
    }

    private void site(JsonObject s) {
        settings.update(new SettingsService.Settings(
                s.getString("title"),
                text(s, "tagline"),
                s.getInt("postsPerPage", 10),
                text(s, "footerText"),
                s.getString("timeZone", "UTC"),
                s.getInt("feedItems", 10),
                text(s, "robotsTxt"),
                text(s, "websubHub")));
        report.created("settings");
    }

    private void account(JsonObject a) {
        String login = a.getString("login");
        Optional<Long> existing = lookups.id("select u.id from UserAccount u where u.login = :v", login);
        accounts.put(
                login,
                existing.orElseGet(() -> writers.accounts()
                        .create(
                                login,
                                a.getString("displayName"),
                                text(a, "email"),
                                Role.valueOf(a.getString("role")),
                                text(a, "slug"))));
        report.counted("accounts", existing.isPresent());
    }

    /** A library item, by its stored path: its file comes from the archive (or was copied into the media folder). */
    private void media(JsonObject m) {
        String path = m.getString("storagePath");
        Optional<Long> existing = lookups.id("select m.id from Media m where m.storagePath = :v", path);
        media.put(
                path,
                existing.orElseGet(() -> writers.media()
                        .register(new MediaDraft(
                                m.getString("fileName"),
                                path,
                                m.getString("mimeType"),
                                m.getJsonNumber("sizeBytes").longValue(),
                                m.containsKey("width") ? m.getInt("width") : null,
                                m.containsKey("height") ? m.getInt("height") : null,
                                text(m, "title"),
                                text(m, "altText"),
                                text(m, "caption"),
                                text(m, "variantWidths"),
                                text(m, "uploadedBy") == null ? null : accounts.get(m.getString("uploadedBy"))))));
        report.counted("media", existing.isPresent());
    }

    /** The library item a post names by its stored path, if the file's media section had it. */
    private Long mediaAt(JsonObject item, String field) {
        return text(item, field) == null ? null : media.get(item.getString(field));
    }

    private void person(JsonObject p) {
        String slug = p.getString("slug");
        Optional<Long> existing = lookups.id("select p.id from Person p where p.slug = :v", slug);
        people.put(
                slug,
                existing.orElseGet(() -> writers.people()
                        .create(new PersonDraft(
                                p.getString("name"),
                                slug,
                                PersonKind.valueOf(p.getString("kind")),
                                text(p, "role"),
                                text(p, "bio"),
                                text(p, "photoUrl"),
                                p.getJsonArray("links").getValuesAs(JsonObject.class).stream()
                                        .map(l -> new PersonDraft.LinkDraft(l.getString("label"), l.getString("url")))
                                        .toList()))));
        report.counted("people", existing.isPresent());
    }

    private void category(JsonObject c) {
        String slug = c.getString("slug");
        Optional<Long> existing = lookups.id("select c.id from Category c where c.slug = :v", slug);
        categories.put(
                slug,
                existing.orElseGet(() -> writers.taxonomy()
                        .create(new CategoryDraft(c.getString("name"), slug, null, text(c, "description")))));
        if (text(c, "parent") != null) {
            categoryParents.put(slug, c.getString("parent"));
        }
        report.counted("categories", existing.isPresent());
    }

    private void tag(JsonObject t) {
        String slug = t.getString("slug");
        Optional<Long> existing = lookups.id("select t.id from Tag t where t.slug = :v", slug)
                .or(() -> lookups.tagNamed(t.getString("name")));
        tags.put(
                slug,
                existing.orElseGet(() -> writers.taxonomy()
                        .create(new TagDraft(
                                t.getString("name"),
                                slug,
                                text(t, "description"),
                                text(t, "person") == null ? null : people.get(t.getString("person"))))));
        report.counted("tags", existing.isPresent());
    }

    private void page(JsonObject p) {
        long key = key(p);
        Optional<Long> existing = lookups.id("select p.id from Page p where p.legacyId = :v", key);
        pageIds.put(p.getJsonNumber("id").longValue(), existing.orElseGet(() -> {
            Long parent = p.containsKey("parent")
                    ? pageIds.get(p.getJsonNumber("parent").longValue())
                    : null;
            return writers.pages()
                    .create(
                            new PageDraft(
                                    p.getString("title"),
                                    p.getString("slug"),
                                    text(p, "body"),
                                    text(p, "excerpt"),
                                    ContentStatus.valueOf(p.getString("status")),
                                    time(p, "publishedAt"),
                                    author(p),
                                    parent,
                                    p.getInt("menuOrder", 0)),
                            key);
        }));
        report.counted("pages", existing.isPresent());
    }

    private void post(JsonObject p) {
        long key = key(p);
        Optional<Long> existing = lookups.id("select p.id from Post p where p.legacyId = :v", key);
        existing.ifPresent(id -> postIds.put(p.getJsonNumber("id").longValue(), id));
        if (existing.isEmpty()) {
            List<PostDraft.CreditDraft> credits = new ArrayList<>();
            p.getJsonArray("credits").getValuesAs(JsonObject.class).forEach(c -> {
                Long person = people.get(c.getString("person"));
                if (person != null) {
                    credits.add(new PostDraft.CreditDraft(person, c.getString("role")));
                }
            });
            long id = writers.posts()
                    .create(
                            new PostDraft(
                                    p.getString("title"),
                                    p.getString("slug"),
                                    text(p, "body"),
                                    text(p, "excerpt"),
                                    ContentStatus.valueOf(p.getString("status")),
                                    time(p, "publishedAt"),
                                    author(p),
                                    ids(p, "categories", categories),
                                    ids(p, "tags", tags),
                                    credits),
                            new PostExtras(
                                    key,
                                    p.getBoolean("sticky", false),
                                    text(p, "seoTitle"),
                                    text(p, "seoDescription"),
                                    text(p, "canonicalUrl"),
                                    mediaAt(p, "featuredImage"),
                                    mediaAt(p, "socialImage")))
                    .id();
            postIds.put(p.getJsonNumber("id").longValue(), id);
        }
        report.counted("posts", existing.isPresent());
    }

    private void menu(JsonObject m) {
        writers.menus()
                .replace(
                        m.getString("location"),
                        m.getString("name"),
                        entries(m.getJsonArray("items").getValuesAs(JsonObject.class)));
        report.created("menus");
    }

    private List<MenuEntry> entries(List<JsonObject> items) {
        List<MenuEntry> entries = new ArrayList<>();
        for (JsonObject i : items) {
            MenuItemKind kind = MenuItemKind.valueOf(i.getString("kind"));
            Long target = switch (kind) {
                case PAGE -> pageIds.get(i.getJsonNumber("page").longValue());
                case CATEGORY -> categories.get(text(i, "target"));
                case TAG -> tags.get(text(i, "target"));
                case PERSON -> people.get(text(i, "target"));
                case URL -> null;
            };
            if (kind != MenuItemKind.URL && target == null) {
                report.skipped("menu items", "Menu items pointing at content that is not in the file are left out");
                continue;
            }
            entries.add(new MenuEntry(
                    kind,
                    target,
                    text(i, "label"),
                    text(i, "url"),
                    entries(i.getJsonArray("children").getValuesAs(JsonObject.class))));
        }
        return entries;
    }

    /** An old address of a post, page or tag in the file keeps answering 301 to it. */
    private void redirect(JsonObject r) {
        ContentKind kind = ContentKind.valueOf(r.getString("kind"));
        Long target = switch (kind) {
            case POST -> r.containsKey("id") ? postIds.get(r.getJsonNumber("id").longValue()) : null;
            case PAGE -> r.containsKey("id") ? pageIds.get(r.getJsonNumber("id").longValue()) : null;
            case TAG -> tags.get(text(r, "tag"));
            default -> null;
        };
        if (target == null) {
            report.skipped("redirects", "Redirects to content that is not in the file are left out");
            return;
        }
        report.counted("redirects", !writers.oldAddresses().keep(r.getString("from"), kind, target));
    }

    private void extension(String id, JsonObject e) {
        Map<String, String> config = new HashMap<>();
        e.getJsonObject("config").forEach((k, v) -> config.put(k, ((JsonString) v).getString()));
        plugins.change(
                id,
                new PluginSettingsStore.ExtensionChange(
                        e.getBoolean("enabled", true),
                        text(e, "area") == null ? null : WidgetArea.valueOf(e.getString("area")),
                        e.containsKey("position") ? e.getInt("position") : null,
                        text(e, "title"),
                        config));
        report.created("plugin settings");
    }

    /** What identifies a post or page across runs: the WordPress ID it carried, else its id in the exporting site. */
    private static long key(JsonObject item) {
        return item.containsKey("legacyId")
                ? item.getJsonNumber("legacyId").longValue()
                : item.getJsonNumber("id").longValue();
    }

    private long author(JsonObject item) {
        Long account = accounts.get(item.getString("author"));
        if (account == null) {
            throw new ImportFormatException(
                    "The author \"" + item.getString("author") + "\" of \"" + item.getString("title")
                            + "\" is not among the file's accounts",
                    0,
                    null);
        }
        return account;
    }

    private static List<Long> ids(JsonObject item, String field, Map<String, Long> bySlug) {
        return item.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(s -> bySlug.get(s.getString()))
                .filter(Objects::nonNull)
                .toList();
    }

    private static String text(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : null;
    }

    private static Instant time(JsonObject o, String name) {
        return text(o, name) == null ? null : Instant.parse(o.getString(name));
    }
}
