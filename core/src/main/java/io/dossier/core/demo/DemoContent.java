package io.dossier.core.demo;

import io.dossier.core.plugin.PluginSettingsStore;
import io.dossier.core.service.AccountService;
import io.dossier.core.service.CategoryDraft;
import io.dossier.core.service.MenuEntry;
import io.dossier.core.service.MenuService;
import io.dossier.core.service.PageDraft;
import io.dossier.core.service.PageService;
import io.dossier.core.service.PersonDraft;
import io.dossier.core.service.PersonService;
import io.dossier.core.service.PostDraft;
import io.dossier.core.service.PostService;
import io.dossier.core.service.SettingsService;
import io.dossier.core.service.TaxonomyService;
import io.dossier.core.vocabulary.ContentStatus;
import io.dossier.core.vocabulary.MenuItemKind;
import io.dossier.core.vocabulary.MenuLocations;
import io.dossier.core.vocabulary.PersonKind;
import io.dossier.core.vocabulary.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads {@code demo/site.json} through the same services the admin uses, in one transaction:
 * widget settings, accounts, categories, tags, people, the page tree, the primary menu and the posts.
 */
@ApplicationScoped
public class DemoContent {

    private static final String RESOURCE = "/demo/site.json";

    private AccountService accounts;
    private TaxonomyService taxonomy;
    private PersonService people;
    private PageService pages;
    private PostService posts;
    private MenuService menus;
    private SettingsService settings;
    private PluginSettingsStore widgets;

    protected DemoContent() {}

    @Inject
    public DemoContent(
            AccountService accounts,
            TaxonomyService taxonomy,
            PersonService people,
            PageService pages,
            PostService posts,
            MenuService menus,
            SettingsService settings,
            PluginSettingsStore widgets) {
        this.accounts = accounts;
        this.taxonomy = taxonomy;
        this.people = people;
        this.pages = pages;
        this.posts = posts;
        this.menus = menus;
        this.settings = settings;
        this.widgets = widgets;
    }

    /** What was loaded, for the start-up log. */
    public record Loaded(int posts, int pages, int people, int tags) {}

    @Transactional
    public Loaded load() {
        JsonObject demo = read();
        JsonObject site = demo.getJsonObject("site");
        ZoneId zone = ZoneId.of(site.getString("timeZone"));
        settings.update(new SettingsService.Settings(
                site.getString("title"),
                site.getString("tagline"),
                site.getInt("postsPerPage"),
                site.getString("footerText"),
                zone.getId(),
                site.getInt("feedItems", 10),
                null,
                null));

        JsonObject widgetSettings = demo.getJsonObject("widgets");
        for (String extensionId : widgetSettings.keySet()) {
            Map<String, String> config = new HashMap<>();
            widgetSettings.getJsonObject(extensionId).forEach((k, v) -> config.put(k, ((JsonString) v).getString()));
            widgets.change(extensionId, new PluginSettingsStore.ExtensionChange(null, null, null, null, config));
        }

        Map<String, Long> accountIds = new HashMap<>();
        for (JsonObject a : objects(demo, "accounts")) {
            accountIds.put(
                    a.getString("login"),
                    accounts.create(
                            a.getString("login"), a.getString("displayName"), null, Role.valueOf(a.getString("role"))));
        }
        long admin = accountIds.get("admin");

        Map<String, Long> categoryIds = new HashMap<>();
        for (String name : strings(demo.getJsonArray("categories"))) {
            categoryIds.put(name, taxonomy.create(new CategoryDraft(name, null, null, null)));
        }
        Map<String, Long> tagIds = new HashMap<>();
        for (String name : strings(demo.getJsonArray("tags"))) {
            tagIds.put(name, taxonomy.tag(name));
        }
        Map<String, Long> personIds = new HashMap<>();
        for (JsonObject p : objects(demo, "people")) {
            List<PersonDraft.LinkDraft> links = p.getJsonArray("links").getValuesAs(JsonObject.class).stream()
                    .map(l -> new PersonDraft.LinkDraft(l.getString("label"), l.getString("url")))
                    .toList();
            personIds.put(
                    p.getString("key"),
                    people.create(new PersonDraft(
                            p.getString("name"),
                            null,
                            PersonKind.valueOf(p.getString("kind")),
                            p.getString("role"),
                            paragraphs(p.getString("bio")),
                            null,
                            links)));
        }

        JsonObject tagPeople = demo.getJsonObject("tagPeople");
        for (String tagName : tagPeople.keySet()) {
            taxonomy.linkTagToPerson(
                    tagIds.computeIfAbsent(tagName, taxonomy::tag), personIds.get(tagPeople.getString(tagName)));
        }

        Map<String, Long> pageIds = new HashMap<>();
        Map<String, List<String>> pageChildren = new HashMap<>();
        LocalDateTime pagesDate = LocalDateTime.of(2012, 5, 30, 12, 0);
        createPages(objects(demo, "pages"), null, admin, pagesDate.atZone(zone).toInstant(), pageIds, pageChildren);

        List<MenuEntry> menu = new ArrayList<>();
        for (JsonObject m : objects(demo, "menu")) {
            menu.add(menuEntry(m, pageIds, pageChildren, categoryIds));
        }
        menus.replace(MenuLocations.PRIMARY, "Main menu", menu);

        int postCount = 0;
        for (JsonObject p : objects(demo, "posts")) {
            List<Long> tags = strings(p.getJsonArray("tags")).stream()
                    .map(name -> tagIds.computeIfAbsent(name, taxonomy::tag))
                    .toList();
            List<PostDraft.CreditDraft> credits = p.getJsonArray("credits").getValuesAs(JsonObject.class).stream()
                    .map(c -> new PostDraft.CreditDraft(personIds.get(c.getString("person")), c.getString("role")))
                    .toList();
            posts.create(new PostDraft(
                    p.getString("title"),
                    null,
                    paragraphs(p.getJsonArray("body")),
                    null,
                    ContentStatus.valueOf(p.getString("status", "PUBLISHED")),
                    LocalDateTime.parse(p.getString("date")).atZone(zone).toInstant(),
                    accountIds.get(p.getString("account")),
                    strings(p.getJsonArray("categories")).stream()
                            .map(categoryIds::get)
                            .toList(),
                    tags,
                    credits));
            postCount++;
        }
        return new Loaded(postCount, pageIds.size(), personIds.size(), tagIds.size());
    }

    private void createPages(
            List<JsonObject> list,
            Long parentId,
            long author,
            Instant published,
            Map<String, Long> ids,
            Map<String, List<String>> children) {
        int order = 0;
        for (JsonObject p : list) {
            long id = pages.create(new PageDraft(
                    p.getString("title"),
                    null,
                    paragraphs(p.getJsonArray("body")),
                    null,
                    ContentStatus.PUBLISHED,
                    published,
                    author,
                    parentId,
                    order++));
            ids.put(p.getString("key"), id);
            if (p.containsKey("children")) {
                List<JsonObject> kids = p.getJsonArray("children").getValuesAs(JsonObject.class);
                children.put(
                        p.getString("key"),
                        kids.stream().map(k -> k.getString("key")).toList());
                createPages(kids, id, author, published, ids, children);
            }
        }
    }

    private static MenuEntry menuEntry(
            JsonObject m,
            Map<String, Long> pageIds,
            Map<String, List<String>> pageChildren,
            Map<String, Long> categoryIds) {
        String label = m.getString("label", null);
        if (m.containsKey("url")) {
            return MenuEntry.link(label, m.getString("url"));
        }
        if (m.containsKey("category")) {
            return new MenuEntry(
                    MenuItemKind.CATEGORY, categoryIds.get(m.getString("category")), label, null, List.of());
        }
        String key = m.getString("page");
        List<MenuEntry> kids = m.getBoolean("withChildren", false)
                ? pageChildren.getOrDefault(key, List.of()).stream()
                        .map(k -> MenuEntry.to(MenuItemKind.PAGE, pageIds.get(k)))
                        .toList()
                : List.of();
        return new MenuEntry(MenuItemKind.PAGE, pageIds.get(key), label, null, kids);
    }

    private static JsonObject read() {
        try (InputStream in = DemoContent.class.getResourceAsStream(RESOURCE);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static List<JsonObject> objects(JsonObject parent, String name) {
        return parent.getJsonArray(name).getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /** Paragraph texts (which may hold inline HTML) as HTML paragraphs; the more-marker stays between them. */
    private static String paragraphs(JsonValue value) {
        List<String> texts =
                value instanceof JsonArray array ? strings(array) : List.of(((JsonString) value).getString());
        return texts.stream()
                .map(t ->
                        t.startsWith("<!--more-->") ? "<!--more--><p>" + t.substring(11) + "</p>" : "<p>" + t + "</p>")
                .collect(Collectors.joining("\n"));
    }

    private static String paragraphs(String text) {
        return paragraphs(Json.createValue(text));
    }
}
