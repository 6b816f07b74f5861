package io.dossier.core.transfer;

import io.dossier.core.media.MediaDraft;
import io.dossier.core.media.MediaFolder;
import io.dossier.core.media.MediaTypes;
import io.dossier.core.service.CategoryDraft;
import io.dossier.core.service.MenuEntry;
import io.dossier.core.service.OldAddresses;
import io.dossier.core.service.PageDraft;
import io.dossier.core.service.PersonDraft;
import io.dossier.core.service.PostDraft;
import io.dossier.core.service.PostExtras;
import io.dossier.core.service.SavedPost;
import io.dossier.core.service.TagDraft;
import io.dossier.core.support.FieldRules;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.text.Slugs;
import io.dossier.core.transfer.WxrRecord.Author;
import io.dossier.core.transfer.WxrRecord.Item;
import io.dossier.core.transfer.WxrRecord.Site;
import io.dossier.core.transfer.WxrRecord.Term;
import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.ContentKind;
import io.dossier.core.vocabulary.ContentStatus;
import io.dossier.core.vocabulary.MenuItemKind;
import io.dossier.core.vocabulary.MenuLocations;
import io.dossier.core.vocabulary.PersonKind;
import io.dossier.core.vocabulary.Role;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies one WXR file's records to the database, each idempotently: accounts are found by login,
 * categories and tags by slug, posts and pages by their WordPress ID (kept as {@code legacyId}), so
 * a second run of the same file, or a run after an interrupted one, creates only what is missing.
 * Holds the WordPress-to-Dossier id maps of one run; menus and page parents that point forward in
 * the file are settled at the end ({@link #finish}).
 */
final class ImportRun {

    static final String AUTHORS = "authors";
    static final String CATEGORIES = "categories";
    static final String TAGS = "tags";
    static final String POSTS = "posts";
    static final String PAGES = "pages";
    static final String MENUS = "menus";
    static final String MENU_ITEMS = "menu items";
    static final String ATTACHMENTS = "attachments";
    static final String OTHER = "other items";

    /** Where WordPress keeps uploads, below its site address; kept below the media folder alike. */
    static final String UPLOADS = "wp-content/uploads/";

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What readers see for an author whose only name is the login. */
    static final String STAFF = "Staff";

    private final ImportWriters writers;
    private final MediaFolder folder;
    private final ImportReport report;
    private final Lookups lookups;

    private String baseUrl = "";
    private final Map<String, Long> accountByLogin = new HashMap<>();
    private final Map<String, Long> personByLogin = new HashMap<>();
    private final Map<String, Long> categoryBySlug = new HashMap<>();
    private final Map<Long, Long> categoryByTermId = new HashMap<>();
    private final Map<String, Long> tagBySlug = new HashMap<>();
    private final Map<Long, Long> tagByTermId = new HashMap<>();
    private final Map<Long, Long> pageByLegacyId = new HashMap<>();
    /** Pages to put under their parent at the end (it came later in the file, or an earlier run stopped). */
    private final Map<Long, Pending> pendingParents = new LinkedHashMap<>();

    private record Pending(long parentLegacyId, String link) {}
    /** Menu names by slug, and their items; menus are small, so their items wait in memory for the end. */
    private final Map<String, String> menuNames = new LinkedHashMap<>();
    /** Image attachments by WordPress ID, and posts waiting for theirs (it may come later in the file). */
    private final Map<Long, Long> mediaByWpId = new HashMap<>();

    private final Map<Long, Long> pendingThumbnails = new LinkedHashMap<>();
    private final List<Item> menuItems = new ArrayList<>();

    ImportRun(EntityManager em, ImportWriters writers, MediaFolder folder, ImportReport report) {
        this.writers = writers;
        this.folder = folder;
        this.report = report;
        this.lookups = new Lookups(em);
    }

    /**
     * The first pass's check of one record: a field the back office would refuse as too long
     * (FieldRules, the columns' lengths) refuses the file before anything is written.
     */
    static void check(WxrRecord record) {
        try {
            switch (record) {
                case Site site -> {}
                case Author a -> {
                    FieldRules.limited("login", a.login(), FieldRules.LOGIN);
                    FieldRules.limited("display_name", a.displayName(), FieldRules.NAME);
                    FieldRules.limited("email", a.email(), FieldRules.EMAIL);
                }
                case Term t -> {
                    FieldRules.limited("slug", t.slug(), FieldRules.SLUG);
                    FieldRules.limited("name", t.name(), FieldRules.NAME);
                    FieldRules.limited("description", t.description(), FieldRules.DESCRIPTION);
                }
                case Item i -> {
                    FieldRules.limited("title", i.title(), FieldRules.TITLE);
                    FieldRules.limited("post_name", slug(i), FieldRules.SLUG);
                    if (i.type().equals("attachment")) {
                        FieldRules.limited(
                                "_wp_attachment_image_alt", i.meta("_wp_attachment_image_alt"), FieldRules.ALT_TEXT);
                        FieldRules.limited("_wp_attached_file", i.meta("_wp_attached_file"), FieldRules.FILE_NAME);
                    }
                }
            }
        } catch (InvalidInputException e) {
            String what = switch (record) {
                case Item i -> "The " + i.type().replace('_', ' ') + " \"" + shortened(i.title()) + "\"";
                case Author a -> "The author \"" + shortened(a.login()) + "\"";
                case Term t -> "The term \"" + shortened(t.name()) + "\"";
                case Site site -> "The site";
            };
            throw new ImportFormatException(
                    what + " has a " + e.field() + " longer than Dossier keeps: " + e.getMessage(),
                    record instanceof Item i ? i.line() : 0,
                    e);
        }
    }

    private static String shortened(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    void apply(WxrRecord record) {
        switch (record) {
            case Site site ->
                baseUrl = site.baseUrl() == null ? "" : site.baseUrl().replaceFirst("/+$", "");
            case Author author -> author(author);
            case Term term -> term(term);
            case Item item -> item(item);
        }
    }

    private void author(Author a) {
        if (accountByLogin.containsKey(a.login())) {
            return;
        }
        Optional<Long> existing = lookups.id("select u.id from UserAccount u where u.login = :v", a.login());
        long accountId;
        if (existing.isPresent()) {
            accountId = existing.get();
            report.existing(AUTHORS);
        } else {
            accountId = writers.accounts().create(a.login(), name(a), a.email(), Role.AUTHOR);
            report.created(AUTHORS);
        }
        accountByLogin.put(a.login(), accountId);
        if (name(a).equals(STAFF)) {
            report.note("Authors whose display name was their login are shown as \"" + STAFF
                    + "\" (readers never see a login);" + " give them their names under Users");
            return; // no byline: a person named after a login would publish it
        }
        String personSlug = Slugs.slugify(name(a));
        personByLogin.put(
                a.login(),
                lookups.id("select p.id from Person p where p.slug = :v", personSlug)
                        .orElseGet(() -> writers.people()
                                .create(new PersonDraft(
                                        name(a), personSlug, PersonKind.PERSON, null, null, null, List.of()))));
    }

    /** The name the author's posts show: WordPress's display name, unless that is the login (WordPress's default). */
    private static String name(Author a) {
        String name = a.displayName() == null ? "" : a.displayName().strip();
        return name.isEmpty() || name.equalsIgnoreCase(a.login().strip()) ? STAFF : name;
    }

    private void term(Term t) {
        switch (t.taxonomy()) {
            case CATEGORY -> {
                if (categoryBySlug.containsKey(t.slug())) {
                    return; // listed twice by WordPress: as wp:category and as wp:term
                }
                Optional<Long> existing = lookups.id("select c.id from Category c where c.slug = :v", termSlug(t));
                long id = existing.orElseGet(() -> writers.taxonomy()
                        .create(new CategoryDraft(
                                t.name(),
                                termSlug(t),
                                t.parentSlug().isBlank()
                                        ? null
                                        : categoryBySlug.get(t.parentSlug().strip()),
                                t.description())));
                report.counted(CATEGORIES, existing.isPresent());
                categoryBySlug.put(t.slug(), id);
                categoryByTermId.put(t.id(), id);
            }
            case TAG -> {
                if (tagBySlug.containsKey(t.slug())) {
                    return;
                }
                Optional<Long> existing = lookups.id("select t.id from Tag t where t.slug = :v", termSlug(t))
                        .or(() -> lookups.tagNamed(t.name()));
                long id = existing.orElseGet(
                        () -> writers.taxonomy().create(new TagDraft(t.name(), termSlug(t), t.description(), null)));
                report.counted(TAGS, existing.isPresent());
                tagBySlug.put(t.slug(), id);
                tagByTermId.put(t.id(), id);
            }
            case NAV_MENU -> menuNames.putIfAbsent(t.slug(), t.name());
            case OTHER -> {}
        }
    }

    /** The slug a term has here: WordPress's, as the taxonomy service makes every slug. */
    private static String termSlug(Term t) {
        return Slugs.requestedOrFromTitle(t.slug(), t.name());
    }

    private void item(Item item) {
        report.comments(item.comments());
        switch (item.type()) {
            case "post" -> post(item);
            case "page" -> page(item);
            case "nav_menu_item" -> menuItems.add(item);
            case "attachment" -> attachment(item);
            default -> report.skipped(OTHER, "Items of type \"" + item.type() + "\" have no place in Dossier");
        }
    }

    private void post(Item item) {
        if (item.status().equals("auto-draft")) {
            report.skipped(POSTS, "Auto-drafts (unsaved editor sessions) are left out");
            return;
        }
        Optional<Long> existing = lookups.id("select p.id from Post p where p.legacyId = :v", item.id());
        long thumbnail = parseLong(item.meta("_thumbnail_id"));
        if (existing.isPresent()) {
            if (thumbnail > 0) {
                pendingThumbnails.put(existing.get(), thumbnail); // an interrupted run may not have set it
            }
            report.existing(POSTS);
            return;
        }
        long author = author(item);
        List<Long> categories = new ArrayList<>();
        List<Long> tags = new ArrayList<>();
        item.terms().forEach(ref -> {
            if (ref.domain().equals("category") && categoryBySlug.containsKey(ref.slug())) {
                categories.add(categoryBySlug.get(ref.slug()));
            } else if (ref.domain().equals("post_tag") && tagBySlug.containsKey(ref.slug())) {
                tags.add(tagBySlug.get(ref.slug()));
            }
        });
        Long person = personByLogin.get(item.creator());
        SavedPost saved = writers.posts()
                .create(
                        new PostDraft(
                                title(item),
                                slug(item),
                                WordPressText.paragraphs(uploadsHere(item.content())),
                                blankToNull(item.excerpt()),
                                status(item.status()),
                                publishedAt(item),
                                author,
                                categories.stream().distinct().toList(),
                                tags.stream().distinct().toList(),
                                person == null ? List.of() : List.of(new PostDraft.CreditDraft(person, "Author"))),
                        PostExtras.moved(item.id(), item.sticky()));
        if (thumbnail > 0) {
            pendingThumbnails.put(saved.id(), thumbnail);
        }
        if (saved.permalink() != null) {
            keepOldAddress(item.link(), saved.permalink(), ContentKind.POST, saved.id());
        }
        report.created(POSTS);
    }

    private void page(Item item) {
        Optional<Long> existing = lookups.id("select p.id from Page p where p.legacyId = :v", item.id());
        if (existing.isPresent()) {
            pageByLegacyId.put(item.id(), existing.get());
            if (item.parentId() != 0) {
                pendingParents.put(existing.get(), new Pending(item.parentId(), item.link()));
            }
            report.existing(PAGES);
            return;
        }
        Long parent = item.parentId() == 0 ? null : pageByLegacyId.get(item.parentId());
        long id = writers.pages()
                .create(
                        new PageDraft(
                                title(item),
                                slug(item),
                                WordPressText.paragraphs(uploadsHere(item.content())),
                                blankToNull(item.excerpt()),
                                status(item.status()),
                                publishedAt(item),
                                author(item),
                                parent,
                                item.menuOrder()),
                        item.id());
        pageByLegacyId.put(item.id(), id);
        if (item.parentId() != 0 && parent == null) {
            pendingParents.put(id, new Pending(item.parentId(), item.link()));
        } else {
            keepOldAddress(item.link(), Permalinks.page(lookups.pagePath(id)), ContentKind.PAGE, id);
        }
        report.created(PAGES);
    }

    /**
     * Settles what had to wait for the whole file: pages whose parent came after them, then the
     * menus, which point at pages, posts and categories by their WordPress IDs.
     */
    void finish() {
        pendingParents.forEach((pageId, pending) -> {
            Long parent = pageByLegacyId.get(pending.parentLegacyId());
            MovedPage page = lookups.page(pageId);
            if (parent != null && !parent.equals(page.parentId())) {
                String path = writers.pages().move(pageId, parent, page.slug());
                keepOldAddress(pending.link(), Permalinks.page(path), ContentKind.PAGE, pageId);
            }
        });
        pendingThumbnails.forEach((postId, wpId) -> {
            Long media = mediaByWpId.get(wpId);
            if (media != null) {
                writers.posts().featureIfNone(postId, media);
            }
        });
        Map<String, List<Item>> byMenu = new LinkedHashMap<>();
        menuNames.keySet().forEach(slug -> byMenu.put(slug, new ArrayList<>()));
        for (Item item : menuItems) {
            item.terms().stream()
                    .filter(ref -> ref.domain().equals("nav_menu"))
                    .findFirst()
                    .ifPresent(ref -> byMenu.computeIfAbsent(ref.slug(), s -> new ArrayList<>())
                            .add(item));
        }
        // WordPress's theme locations are not in the file: the first menu is the primary one, unless
        // the file names one "primary" (a Dossier export names each menu by its location).
        boolean named = byMenu.containsKey(MenuLocations.PRIMARY);
        boolean first = true;
        for (Map.Entry<String, List<Item>> menu : byMenu.entrySet()) {
            if (menu.getValue().isEmpty()) {
                continue; // named in the file without its items: the site's own menu stays
            }
            String location = first && !named ? MenuLocations.PRIMARY : menu.getKey();
            first = false;
            writers.menus()
                    .replace(
                            location,
                            menuNames.getOrDefault(menu.getKey(), menu.getKey()),
                            entries(menu.getValue(), 0L));
            report.created(MENUS);
        }
    }

    /** The menu entries under the WordPress menu item {@code parent} (0: top level), in menu order. */
    private List<MenuEntry> entries(List<Item> items, long parent) {
        List<MenuEntry> entries = new ArrayList<>();
        items.stream()
                .filter(i -> parseLong(i.meta("_menu_item_menu_item_parent")) == parent)
                .sorted(Comparator.comparingInt(Item::menuOrder))
                .forEach(i -> target(i)
                        .ifPresentOrElse(
                                entry -> {
                                    if (entry.kind() == MenuItemKind.URL && !linkable(entry.url())) {
                                        // "#" headings and javascript: links: the menu builder would refuse them; their
                                        // sub-items take their place.
                                        report.skipped(
                                                MENU_ITEMS,
                                                "Custom links that are neither web addresses nor paths on the site"
                                                        + " (#, javascript:) are left out; their sub-items take their place");
                                        entries.addAll(entries(items, i.id()));
                                        return;
                                    }
                                    entries.add(new MenuEntry(
                                            entry.kind(),
                                            entry.targetId(),
                                            entry.label(),
                                            entry.url(),
                                            entries(items, i.id())));
                                    report.created(MENU_ITEMS);
                                },
                                () -> report.skipped(
                                        MENU_ITEMS,
                                        "Menu items pointing at content that is not in the file are left out")));
        return entries;
    }

    private Optional<MenuEntry> target(Item i) {
        String label = blankToNull(i.title());
        long object = parseLong(i.meta("_menu_item_object_id"));
        return switch (i.meta("_menu_item_type") + ":" + i.meta("_menu_item_object")) {
            case "post_type:page" ->
                Optional.ofNullable(pageByLegacyId.get(object))
                        .map(id -> new MenuEntry(MenuItemKind.PAGE, id, label, null, List.of()));
            case "post_type:post" ->
                lookups.post(object)
                        .filter(p -> p.publishedAt() != null)
                        .map(p -> MenuEntry.link(
                                label == null ? p.title() : label, Permalinks.post(p.publishedAt(), p.slug(), zone())));
            case "taxonomy:category" ->
                Optional.ofNullable(categoryByTermId.get(object))
                        .map(id -> new MenuEntry(MenuItemKind.CATEGORY, id, label, null, List.of()));
            case "taxonomy:post_tag" ->
                Optional.ofNullable(tagByTermId.get(object))
                        .map(id -> new MenuEntry(MenuItemKind.TAG, id, label, null, List.of()));
            default ->
                Optional.ofNullable(blankToNull(i.meta("_menu_item_url")))
                        .map(url -> MenuEntry.link(label == null ? url : label, onThisSite(url)));
        };
    }

    /**
     * An attachment becomes a library item whose file is expected where WordPress kept it, under
     * {@code wp-content/uploads/} of the media folder (copy the old site's folder there): an image
     * with its size and alt text, a document (PDF, audio, video, office file) with its title and
     * caption. Other files (HTML, SVG, scripts) stay out, and the site never serves them.
     */
    private void attachment(Item item) {
        String file = item.meta("_wp_attached_file").strip();
        String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        Optional<String> mimeType = file.isEmpty() ? Optional.empty() : MediaTypes.ofExtension(extension);
        if (mimeType.isEmpty()) {
            report.skipped(
                    ATTACHMENTS,
                    "Files other than images, documents, audio and video (HTML, SVG, scripts) are"
                            + " left out of the media library and never served");
            return;
        }
        String path = UPLOADS + file;
        boolean image = MediaTypes.isImage(mimeType.get());
        Optional<Long> existing = lookups.id("select m.id from Media m where m.storagePath = :v", path);
        if (existing.isPresent()) {
            if (image) {
                mediaByWpId.put(item.id(), existing.get());
            }
            report.existing(ATTACHMENTS);
            return;
        }
        if (folder.resolve(path).filter(Files::isRegularFile).isEmpty()) {
            report.note("Copy the old site's wp-content/uploads folder into the media folder (DOSSIER_DATA/media/"
                    + "wp-content/uploads) so imported images and documents show");
        }
        String metadata = item.meta("_wp_attachment_metadata");
        String alt = blankToNull(item.meta("_wp_attachment_image_alt"));
        long id = writers.media()
                .register(new MediaDraft(
                        file.substring(file.lastIndexOf('/') + 1),
                        path,
                        mimeType.get(),
                        0,
                        image ? phpInt(metadata, "width") : null,
                        image ? phpInt(metadata, "height") : null,
                        blankToNull(item.title()),
                        alt != null || !image ? alt : blankToNull(item.title()),
                        blankToNull(item.excerpt()),
                        null,
                        null));
        if (image) {
            mediaByWpId.put(item.id(), id); // a featured image must be an image
        }
        report.created(ATTACHMENTS);
    }

    /** An integer of WordPress's PHP-serialized attachment metadata: {@code s:5:"width";i:1200;}. */
    private static Integer phpInt(String serialized, String key) {
        Matcher m = Pattern.compile("s:" + key.length() + ":\"" + key + "\";i:(\\d+);")
                .matcher(serialized);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Links to the old site's uploads point at the same files here (the media folder's wp-content/uploads). */
    private String uploadsHere(String content) {
        if (content == null || baseUrl.isEmpty()) {
            return content;
        }
        return content.replace(baseUrl + "/" + UPLOADS, Permalinks.media(UPLOADS));
    }

    /** Whether the menu builder takes {@code url} (FieldRules.link), as it must for an imported menu too. */
    private static boolean linkable(String url) {
        try {
            return FieldRules.link("url", url) != null;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** A link to the old site becomes a path on this one; other links stay as they are. */
    private String onThisSite(String url) {
        if (!baseUrl.isEmpty() && (url.equals(baseUrl) || url.startsWith(baseUrl + "/"))) {
            String path = url.substring(baseUrl.length());
            return path.isEmpty() ? "/" : path;
        }
        return url;
    }

    /** The old address answers 301 to the new one when the two differ (another date zone, a taken slug). */
    private void keepOldAddress(String link, String newPath, ContentKind kind, long id) {
        oldPath(link)
                .filter(old -> !old.equals(newPath))
                .filter(OldAddresses::acceptable)
                .ifPresent(old -> writers.oldAddresses().keep(old, kind, id));
    }

    private static Optional<String> oldPath(String address) {
        try {
            URI link = URI.create(address);
            String path = link.getRawPath();
            if (path == null || path.isEmpty() || path.equals("/") || link.getRawQuery() != null) {
                return Optional.empty(); // plain permalinks (?p=ID) are answered through the legacy ID
            }
            return Optional.of(path.endsWith("/") ? path : path + "/");
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private long author(Item item) {
        Long account = accountByLogin.get(item.creator());
        if (account != null) {
            return account;
        }
        // An author missing from the file's author list: the first administrator stands in.
        report.note("Content by authors missing from the file's author list is credited to the administrator");
        return lookups.id("select u.id from UserAccount u where u.role = :v order by u.id", Role.ADMINISTRATOR)
                .orElseThrow();
    }

    private static String title(Item item) {
        return item.title().isBlank() ? "(no title)" : item.title();
    }

    private static String slug(Item item) {
        String slug = URLDecoder.decode(item.slug(), StandardCharsets.UTF_8);
        return slug.isBlank() ? null : slug;
    }

    static ContentStatus status(String wordpress) {
        return switch (wordpress) {
            case "publish" -> ContentStatus.PUBLISHED;
            case "future" -> ContentStatus.SCHEDULED;
            case "pending" -> ContentStatus.PENDING;
            case "private" -> ContentStatus.PRIVATE;
            case "trash" -> ContentStatus.TRASHED;
            default -> ContentStatus.DRAFT;
        };
    }

    /** When it was (or is to be) published: the GMT date, or the local one read in the site's zone. */
    private Instant publishedAt(Item item) {
        Optional<Instant> gmt = date(item.dateGmt()).map(d -> d.toInstant(ZoneOffset.UTC));
        if (gmt.isPresent()) {
            return gmt.get();
        }
        boolean dated = item.status().equals("publish")
                || item.status().equals("future")
                || item.status().equals("private");
        return dated ? date(item.date()).map(d -> d.atZone(zone()).toInstant()).orElse(null) : null;
    }

    private static Optional<LocalDateTime> date(String text) {
        if (text == null || text.isBlank() || text.startsWith("0000-00-00")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), WP_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private ZoneId zone;

    private ZoneId zone() {
        if (zone == null) {
            zone = lookups.zone();
        }
        return zone;
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
