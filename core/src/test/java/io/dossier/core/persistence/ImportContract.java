package io.dossier.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dossier.core.media.MediaFolder;
import io.dossier.core.model.Media;
import io.dossier.core.model.Page;
import io.dossier.core.model.PathRedirect;
import io.dossier.core.model.Post;
import io.dossier.core.model.Tag;
import io.dossier.core.query.MenuNode;
import io.dossier.core.service.TagDraft;
import io.dossier.core.support.Transactions;
import io.dossier.core.transfer.ImportFormatException;
import io.dossier.core.transfer.ImportReport;
import io.dossier.core.transfer.JsonExporter;
import io.dossier.core.transfer.JsonImporter;
import io.dossier.core.transfer.SiteArchive;
import io.dossier.core.transfer.WxrExporter;
import io.dossier.core.transfer.WxrImporter;
import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.ContentKind;
import io.dossier.core.vocabulary.MenuLocations;
import io.dossier.core.vocabulary.Role;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WordPress import on a real database, with a real export made by WordPress 6.1's own
 * exporter (20 posts, 20 nested pages, a nested menu, 3 authors, categories, 30 tags, comments):
 * everything arrives once, every old address still leads to its content, a second run and a run
 * after an interrupted one change nothing, and a malformed file changes nothing at all.
 * Run on H2 and PostgreSQL.
 */
abstract class ImportContract {

    TestDatabase database;
    ContentStore store;

    @TempDir
    Path folder;

    Path wxr;

    abstract TestDatabase freshDatabase() throws Exception;

    @BeforeEach
    void emptySiteWithItsAdministrator() throws Exception {
        database = freshDatabase();
        store = new ContentStore(database.config());
        store.inTransaction(() -> store.accounts.create("admin", "Administrator", null, Role.ADMINISTRATOR));
        wxr = folder.resolve("wxr-20.xml");
        try (InputStream in = ImportContract.class.getResourceAsStream("/wxr/wxr-20.xml")) {
            Files.copy(in, wxr, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        database.close();
    }

    private WxrImporter importer(Transactions transactions) {
        return new WxrImporter(
                store.em,
                store.writers(folder.resolve("media")),
                new MediaFolder(folder.resolve("media")),
                transactions);
    }

    private ImportReport importFile(Path file) {
        return importer(store::inTransaction).importFile(file, progress -> {});
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String entity : List.of(
                "Post", "Page", "Category", "Tag", "UserAccount", "Person", "MenuItem", "Menu", "PathRedirect")) {
            counts.put(
                    entity,
                    store.em
                            .createQuery("select count(e) from " + entity + " e", Long.class)
                            .getSingleResult());
        }
        return counts;
    }

    @Test
    void everythingInTheExportArrivesOnce() {
        ImportReport report = importFile(wxr);

        assertEquals(20, report.tallyOf("posts").created());
        assertEquals(20, report.tallyOf("pages").created());
        assertEquals(2, report.tallyOf("categories").created(), "listed twice in the file, created once");
        assertEquals(30, report.tallyOf("tags").created(), "listed twice in the file, created once");
        assertEquals(2, report.tallyOf("authors").created());
        assertEquals(1, report.tallyOf("authors").existing(), "admin is the site's own administrator");
        assertEquals(1, report.tallyOf("menus").created());
        assertEquals(23, report.tallyOf("menu items").created());
        assertEquals(28, report.comments());
        Map<String, Long> counts = counts();
        assertEquals(20, counts.get("Post"));
        assertEquals(20, counts.get("Page"));
        assertEquals(30, counts.get("Tag"));
        assertEquals(2, counts.get("Category"));
        assertEquals(3, counts.get("UserAccount"));
        assertEquals(3, counts.get("Person"), "each author is also a person for bylines");

        Object[] post = store.em
                .createQuery(
                        "select p.title, p.slug, a.login, p.publishedAt"
                                + " from Post p join p.author a where p.legacyId = 47",
                        Object[].class)
                .getSingleResult();
        assertEquals("think-tanks-update-what-changed-this-week", post[1]);
        assertEquals(Instant.parse("2012-02-11T05:15:39Z"), post[3], "the GMT date");
        assertEquals(
                7,
                store.em
                        .createQuery("select count(t) from Post p join p.tags t where p.legacyId = 47", Long.class)
                        .getSingleResult());
        assertEquals(
                2,
                store.em
                        .createQuery(
                                "select count(c) from Post p join p.categories c where p.legacyId = 47", Long.class)
                        .getSingleResult());
        String body = store.em
                .createQuery("select p.body from Post p where p.legacyId = 47", String.class)
                .getSingleResult();
        assertTrue(
                body.startsWith("<p>") && body.contains("</p>\n<p>"),
                "paragraphs get their tags, as WordPress shows them: " + body);
        assertEquals(
                "Roya Karimi",
                store.em
                        .createQuery(
                                "select c.person.name from Credit c where c.post.legacyId ="
                                        + " (select min(p.legacyId) from Post p where p.author.login = 'roya')",
                                String.class)
                        .getSingleResult());

        assertEquals(
                "national-iranian-american-council-niac/timeline",
                store.em
                        .createQuery("select p.path from Page p where p.legacyId = 15", String.class)
                        .getSingleResult(),
                "a page listed after its menu item and under its parent");
        List<MenuNode> menu = store.site.menu(MenuLocations.PRIMARY);
        assertEquals(
                List.of(
                        "Home",
                        "About",
                        "National Iranian-American Council (NIAC)",
                        "The Appeasers",
                        "Current Trend",
                        "Media Reports",
                        "Blog",
                        "Links"),
                menu.stream().map(MenuNode::label).toList());
        assertEquals("/", menu.getFirst().url(), "a link to the old site's front page is this site's front page");
        assertEquals(11, menu.get(2).children().size());
        assertEquals("/category/news/", menu.get(5).children().getFirst().url());
    }

    @Test
    void everyOldAddressLeadsToItsContent() throws IOException {
        importFile(wxr);
        ZoneId zone = store.site.site().zone();
        int redirected = 0;
        for (String[] item : items(Files.readString(wxr))) {
            String type = item[0];
            long legacyId = Long.parseLong(item[1]);
            String oldPath = URI.create(item[2]).getRawPath();
            String now = switch (type) {
                case "post" -> {
                    Object[] p = store.em
                            .createQuery(
                                    "select p.publishedAt, p.slug, p.id from Post p where p.legacyId = :id",
                                    Object[].class)
                            .setParameter("id", legacyId)
                            .getSingleResult();
                    yield Permalinks.post((Instant) p[0], (String) p[1], zone);
                }
                case "page" ->
                    Permalinks.page(store.em
                            .createQuery("select p.path from Page p where p.legacyId = :id", String.class)
                            .setParameter("id", legacyId)
                            .getSingleResult());
                default -> null;
            };
            if (now == null || now.equals(oldPath)) {
                continue;
            }
            var target = store.archives
                    .redirectFrom(oldPath)
                    .orElseThrow(() -> new AssertionError(oldPath + " leads nowhere"));
            assertEquals(type.equals("post") ? ContentKind.POST : ContentKind.PAGE, target.kind());
            redirected++;
        }
        assertTrue(redirected > 0, "the site's zone (UTC) moves some evening posts to the next day: they redirect");
        assertEquals("/about/", store.pages.urlOfLegacyId(20).orElseThrow(), "?page_id=20");
        assertTrue(
                store.posts.urlOfLegacyId(47).orElseThrow().endsWith("/think-tanks-update-what-changed-this-week/"),
                "?p=47");
    }

    @Test
    void aSecondRunChangesNothing() {
        importFile(wxr);
        Map<String, Long> before = counts();
        ImportReport again = importFile(wxr);
        assertEquals(before, counts());
        assertEquals(0, again.tallyOf("posts").created());
        assertEquals(20, again.tallyOf("posts").existing());
        assertEquals(20, again.tallyOf("pages").existing());
        assertEquals(30, again.tallyOf("tags").existing());
    }

    @Test
    void anImportKeepsTheBackOfficesRulesForTermsAndProfiles() {
        // An editor made "CONGRESS", on another slug than the file's "congress".
        long congress =
                store.inTransaction(() -> store.taxonomy.create(new TagDraft("CONGRESS", "us-congress", null, null)));
        int events = store.contentEvents.fired.size();

        ImportReport report = importFile(wxr);

        assertEquals(29, report.tallyOf("tags").created(), "the file's Congress is the editor's CONGRESS");
        assertEquals(
                List.of("us-congress"),
                store.em
                        .createQuery("select t.slug from Tag t where lower(t.name) = 'congress'", String.class)
                        .getResultList(),
                "tag names are unique in any case, as the tag screen keeps them");
        assertTrue(
                store.em
                                .createQuery("select count(p) from Post p join p.tags t where t.id = :id", Long.class)
                                .setParameter("id", congress)
                                .getSingleResult()
                        > 0,
                "the file's posts tagged Congress carry the editor's tag");
        assertTrue(
                store.contentEvents.fired.size() - events >= 29 + 2 + 3 + 20 + 20,
                "terms, profiles, posts and pages raise the change events a hand-made one does");
    }

    @Test
    void aRunThatDiesHalfwayIsCompletedByTheNextWithNoDuplicates() throws Exception {
        importFile(wxr);
        Map<String, Long> complete = counts();
        store.close();
        database.close();
        emptySiteWithItsAdministrator();

        // The third batch's transaction dies as a killed process's would: rolled back, the run over.
        AtomicInteger batches = new AtomicInteger();
        Transactions dying = new Transactions() {
            @Override
            public <T> T inNewTransaction(Supplier<T> work) {
                return store.inTransaction(() -> {
                    T result = work.get();
                    if (batches.incrementAndGet() == 3) {
                        throw new IllegalStateException("killed");
                    }
                    return result;
                });
            }
        };
        assertThrows(IllegalStateException.class, () -> importer(dying).importFile(wxr, p -> {}));
        long partial = counts().get("Post") + counts().get("Page");
        assertTrue(partial > 0 && partial < 40, "two batches landed: " + partial);

        ImportReport resumed = importFile(wxr);
        assertEquals(complete, counts());
        assertTrue(
                resumed.tallyOf("posts").existing() + resumed.tallyOf("pages").existing() > 0);
        assertEquals(
                "national-iranian-american-council-niac/timeline",
                store.em
                        .createQuery("select p.path from Page p where p.legacyId = 15", String.class)
                        .getSingleResult());
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndChangesNothing() throws IOException {
        String text = Files.readString(wxr);
        Path broken = folder.resolve("broken.xml");
        String cut = text.substring(0, text.indexOf("<item>", text.length() / 2))
                + "<item><title>Unfinished</title>\n</channel></rss>";
        Files.writeString(broken, cut);
        Map<String, Long> before = counts();

        ImportFormatException error = assertThrows(ImportFormatException.class, () -> importFile(broken));
        assertEquals(cut.split("\n", -1).length, error.line(), error.getMessage());
        assertTrue(
                error.getMessage().contains("not well-formed")
                        && error.getMessage().contains("(line "),
                error.getMessage());
        assertEquals(before, counts(), "nothing was written");

        Path rss = folder.resolve("feed.xml");
        Files.writeString(
                rss, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>A feed</title></channel></rss>");
        assertTrue(assertThrows(ImportFormatException.class, () -> importFile(rss))
                .getMessage()
                .startsWith("This is not a WordPress export (WXR) file"));
    }

    @Test
    void aWxrMenuLinkTheMenuBuilderWouldRefuseIsLeftOut() throws IOException {
        String text = Files.readString(wxr);
        Path hostile = folder.resolve("hostile.xml");
        Files.writeString(
                hostile,
                text.replace(
                        "<![CDATA[http://127.0.0.1:8081/]]></wp:meta_value>",
                        "<![CDATA[javascript:alert(document.cookie)]]></wp:meta_value>"));
        ImportReport report = importFile(hostile);
        assertEquals(22, report.tallyOf("menu items").created());
        assertEquals(1, report.tallyOf("menu items").skipped());
        assertEquals(
                0,
                store.em
                        .createQuery(
                                "select count(i) from MenuItem i where lower(i.url) like 'javascript:%'", Long.class)
                        .getSingleResult(),
                "no javascript: address reaches the menu");
    }

    @Test
    void aWxrFieldTooLongForDossierRefusesTheFileBeforeAnythingIsWritten() throws IOException {
        String text = Files.readString(wxr);
        String title = "<title><![CDATA[" + "x".repeat(501) + "]]></title>";
        Path tooLong = folder.resolve("too-long.xml");
        String longText = text.replaceFirst("<title><!\\[CDATA\\[[^\\]]+]]></title>(?=\\s*<link>[^<]*/20)", title);
        Files.writeString(tooLong, longText);
        Map<String, Long> before = counts();
        ImportFormatException refused = assertThrows(ImportFormatException.class, () -> importFile(tooLong));
        assertTrue(
                refused.getMessage().contains("title longer than Dossier keeps") && refused.line() > 0,
                refused.getMessage());
        assertEquals(before, counts(), "nothing was written");
    }

    @Test
    void aCraftedSiteFileIsHeldToTheBackOfficesRulesBeforeAnythingIsWritten() throws IOException {
        String account = "\"accounts\": [{\"login\": \"ann\", \"displayName\": \"Ann\", \"role\": \"AUTHOR\"}]";
        Map<String, String> crafted = Map.of(
                "links",
                        "\"people\": [{\"slug\": \"x\", \"name\": \"X\", \"kind\": \"PERSON\", \"links\": [{\"label\": \"Site\","
                                + " \"url\": \"javascript:alert(1)\"}]}]",
                "photoUrl",
                        "\"people\": [{\"slug\": \"y\", \"name\": \"Y\", \"kind\": \"PERSON\", \"links\": [],"
                                + " \"photoUrl\": \"data:text/html,<script>alert(1)</script>\"}]",
                "url",
                        "\"menus\": [{\"location\": \"primary\", \"name\": \"Main\", \"items\": [{\"kind\": \"URL\", \"label\": \"Home\","
                                + " \"url\": \"/\", \"children\": [{\"kind\": \"URL\", \"label\": \"Evil\", \"url\": \" JavaScript:alert(1)\","
                                + " \"children\": []}]}]}]",
                "canonicalUrl",
                        account + ", \"posts\": [{\"id\": 1, \"title\": \"T\", \"slug\": \"t\", \"status\": \"DRAFT\","
                                + " \"author\": \"ann\", \"categories\": [], \"tags\": [], \"credits\": [], \"canonicalUrl\": \"vbscript:x\"}]",
                "name", "\"categories\": [{\"slug\": \"long\", \"name\": \"" + "n".repeat(251) + "\"}]");
        Map<String, Long> before = counts();
        for (Map.Entry<String, String> file : crafted.entrySet()) {
            Path json = folder.resolve(file.getKey() + ".json");
            // The account first, so a refusal cannot come from its absence; each file is otherwise valid.
            Files.writeString(
                    json,
                    "{\"format\": \"dossier-site\", \"version\": 1, "
                            + (file.getValue().startsWith("\"accounts") ? "" : account + ", ") + file.getValue() + "}");
            ImportFormatException refused = assertThrows(
                    ImportFormatException.class,
                    () -> jsonImporter(store::inTransaction).importFile(json, p -> {}, new ImportReport()),
                    file.getKey());
            assertTrue(refused.getMessage().contains("\"" + file.getKey() + "\""), refused.getMessage());
            assertEquals(before, counts(), "nothing of " + file.getKey() + ".json was written");
        }
    }

    @Test
    void attachmentsBecomeLibraryItemsAndImagesFeaturedImages() throws Exception {
        Path media = Files.createDirectories(folder.resolve("media/wp-content/uploads/2013/03"));
        Files.write(media.resolve("harbour.jpg"), new byte[2048]);
        Path wxr = Files.writeString(folder.resolve("attachments.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>Old</title><wp:base_site_url>http://old.example</wp:base_site_url>
                <wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[admin]]></wp:author_login></wp:author>
                <item><title>Harbour Street</title><link>http://old.example/2013/03/04/harbour-street/</link>
                  <dc:creator><![CDATA[admin]]></dc:creator>
                  <content:encoded><![CDATA[<img src="http://old.example/wp-content/uploads/2013/03/harbour.jpg" alt="The office" width="1200" height="800">

                The office.]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
                  <wp:post_id>10</wp:post_id><wp:post_date_gmt><![CDATA[2013-03-04 10:00:00]]></wp:post_date_gmt>
                  <wp:post_name><![CDATA[harbour-street]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>
                  <wp:post_type><![CDATA[post]]></wp:post_type>
                  <wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[11]]></wp:meta_value></wp:postmeta>
                </item>
                <item><title>harbour</title><link>http://old.example/harbour/</link><dc:creator><![CDATA[admin]]></dc:creator>
                  <content:encoded><![CDATA[]]></content:encoded><excerpt:encoded><![CDATA[Harbour Street at dawn]]></excerpt:encoded>
                  <wp:post_id>11</wp:post_id><wp:status><![CDATA[inherit]]></wp:status><wp:post_parent>10</wp:post_parent>
                  <wp:post_type><![CDATA[attachment]]></wp:post_type>
                  <wp:attachment_url><![CDATA[http://old.example/wp-content/uploads/2013/03/harbour.jpg]]></wp:attachment_url>
                  <wp:postmeta><wp:meta_key><![CDATA[_wp_attached_file]]></wp:meta_key><wp:meta_value><![CDATA[2013/03/harbour.jpg]]></wp:meta_value></wp:postmeta>
                  <wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_metadata]]></wp:meta_key><wp:meta_value><![CDATA[a:3:{s:5:"width";i:1200;s:6:"height";i:800;s:4:"file";s:19:"2013/03/harbour.jpg";}]]></wp:meta_value></wp:postmeta>
                  <wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key><wp:meta_value><![CDATA[The council office on Harbour Street]]></wp:meta_value></wp:postmeta>
                </item>
                <item><title>minutes</title><link>http://old.example/minutes/</link><dc:creator><![CDATA[admin]]></dc:creator>
                  <content:encoded><![CDATA[]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
                  <wp:post_id>12</wp:post_id><wp:post_type><![CDATA[attachment]]></wp:post_type>
                  <wp:postmeta><wp:meta_key><![CDATA[_wp_attached_file]]></wp:meta_key><wp:meta_value><![CDATA[2013/03/minutes.pdf]]></wp:meta_value></wp:postmeta>
                </item>
                </channel></rss>
                """);
        ImportReport report = importFile(wxr);
        assertEquals(2, report.tallyOf("attachments").created(), "the image and the PDF");
        assertEquals(
                List.of("application/pdf", "minutes"),
                List.of(store.em
                        .createQuery(
                                "select m.mimeType, m.title from Media m where m.storagePath = 'wp-content/uploads/2013/03/minutes.pdf'",
                                Object[].class)
                        .getSingleResult()),
                "a document in the library too");
        Object[] image = store.em
                .createQuery(
                        "select m.storagePath, m.width, m.height, m.altText, m.caption, m.sizeBytes"
                                + " from Post p join p.featuredMedia m where p.legacyId = 10",
                        Object[].class)
                .getSingleResult();
        assertEquals("wp-content/uploads/2013/03/harbour.jpg", image[0], "the featured image, listed after its post");
        assertEquals(1200, image[1]);
        assertEquals(800, image[2]);
        assertEquals("The council office on Harbour Street", image[3]);
        assertEquals("Harbour Street at dawn", image[4]);
        assertEquals(2048L, image[5], "the copied file's size");
        String body = store.em
                .createQuery("select p.body from Post p where p.legacyId = 10", String.class)
                .getSingleResult();
        assertTrue(body.contains("src=\"/media/wp-content/uploads/2013/03/harbour.jpg\""), body);
        importFile(wxr);
        assertEquals(
                2L,
                store.em.createQuery("select count(m) from Media m", Long.class).getSingleResult(),
                "once");
    }

    @Test
    void aSiteExportedAsWxrAndImportedIntoAnEmptySiteIsReproduced() throws Exception {
        Path export = folder.resolve("dossier-export.xml");
        List<MenuNode> menu;
        Map<String, Long> counts;
        Set<String> postAddresses = new TreeSet<>();
        Set<String> pagePaths;
        Set<String> categories;
        String featuredSlug;
        try (TestDatabase source = freshDatabase();
                ContentStore site = new ContentStore(source.config())) {
            site.inTransaction(site.demo::load);
            ZoneId zone = site.site.site().zone();
            site.em
                    .createQuery(
                            "select p.publishedAt, p.slug from Post p where p.publishedAt is not null", Object[].class)
                    .getResultList()
                    .forEach(r -> postAddresses.add(Permalinks.post((Instant) r[0], (String) r[1], zone)));
            pagePaths = new TreeSet<>(site.em
                    .createQuery("select p.path from Page p", String.class)
                    .getResultList());
            categories = categoryTree(site);
            menu = site.site.menu(MenuLocations.PRIMARY);
            featuredSlug = site.inTransaction(
                    () -> { // the library goes out as attachments, featured images as _thumbnail_id
                        Media media = new Media("harbour.png", "2026/11/ab12cd34-harbour.png", "image/png", 4096);
                        media.setDimensions(1200, 800);
                        media.setAltText("The council office on Harbour Street");
                        site.em.persist(media);
                        Post post = site.em
                                .createQuery(
                                        "select p from Post p where p.publishedAt is not null order by p.id",
                                        Post.class)
                                .setMaxResults(1)
                                .getSingleResult();
                        post.setFeaturedMedia(media);
                        return post.getSlug();
                    });
            try (var out = Files.newOutputStream(export)) {
                ImportReport written = new WxrExporter(site.em).export(out, "http://old.example");
                assertEquals(1, written.tallyOf("attachments").created());
                assertEquals(
                        site.em
                                .createQuery("select count(p) from Post p", Long.class)
                                .getSingleResult(),
                        (long) written.tallyOf("posts").created());
            }
            counts = counts(site);
        }

        ImportReport report = importFile(export);
        assertEquals(0, report.tallyOf("posts").skipped(), report.lines().toString());
        Map<String, Long> imported = counts();
        for (String entity : List.of("Post", "Page", "Category", "Tag", "MenuItem")) {
            assertEquals(counts.get(entity), imported.get(entity), entity);
        }
        assertEquals(
                pagePaths,
                new TreeSet<>(store.em
                        .createQuery("select p.path from Page p", String.class)
                        .getResultList()),
                "the page tree");
        assertEquals(categories, categoryTree(store), "the category tree");
        assertEquals(labels(menu), labels(store.site.menu(MenuLocations.PRIMARY)), "the menu");
        assertTrue(
                Files.readString(export)
                        .contains(
                                "<wp:attachment_url><![CDATA[http://old.example/media/2026/11/ab12cd34-harbour.png]]>"),
                "where WordPress's importer fetches the file from");
        assertEquals(
                List.of(
                        "wp-content/uploads/2026/11/ab12cd34-harbour.png",
                        1200,
                        800,
                        "The council office on Harbour Street"),
                List.of(store.em
                        .createQuery(
                                "select m.storagePath, m.width, m.height, m.altText from Post p join p.featuredMedia m"
                                        + " where p.slug = :slug",
                                Object[].class)
                        .setParameter("slug", featuredSlug)
                        .getSingleResult()),
                "the featured image, as an upload of the old site");
        ZoneId zone = store.site.site().zone();
        for (String address : postAddresses) {
            boolean same = store
                    .em
                    .createQuery(
                            "select p.publishedAt, p.slug from Post p where p.publishedAt is not null", Object[].class)
                    .getResultList()
                    .stream()
                    .anyMatch(r ->
                            Permalinks.post((Instant) r[0], (String) r[1], zone).equals(address));
            assertTrue(same || store.archives.redirectFrom(address).isPresent(), address + " leads nowhere");
        }
    }

    @Test
    void aDossierExportImportedIntoAnEmptySiteReproducesEverythingWxrCannotCarry() throws Exception {
        Path export = folder.resolve("site.json");
        Map<String, Long> counts;
        Set<String> credits;
        Set<String> tagPeople;
        List<String> menu;
        String settings;
        Set<String> pagePaths;
        Object widgets;
        Set<String> redirects;
        try (TestDatabase source = freshDatabase();
                ContentStore site = new ContentStore(source.config())) {
            site.inTransaction(site.demo::load);
            site.inTransaction(
                    () -> { // addresses the site had before: they must keep answering after the move
                        long post = site.em
                                .createQuery("select min(p.id) from Post p", Long.class)
                                .getSingleResult();
                        long tag = site.em
                                .createQuery("select min(t.id) from Tag t", Long.class)
                                .getSingleResult();
                        site.em.persist(new PathRedirect("/2012/01/01/an-older-address/", ContentKind.POST, post));
                        site.em.persist(new PathRedirect("/tag/an-older-tag/", ContentKind.TAG, tag));
                        return null;
                    });
            long parent = site.em
                    .createQuery("select p.id from Page p where p.parent is not null", Long.class)
                    .setMaxResults(1)
                    .getSingleResult();
            site.inTransaction(() -> site.pageService.move(parent, null, "moved-page"));
            redirects = redirects(site);
            try (var out = Files.newOutputStream(export)) {
                new JsonExporter(site.em, site.pluginSettings).export(out);
            }
            counts = counts(site);
            credits = credits(site);
            tagPeople = tagPeople(site);
            menu = labels(site.site.menu(MenuLocations.PRIMARY));
            settings = site.site.site().title() + " | " + site.site.site().tagline() + " | "
                    + site.site.site().zone();
            pagePaths = new TreeSet<>(site.em
                    .createQuery("select p.path from Page p", String.class)
                    .getResultList());
            widgets = site.pluginSettings.load().extensions();
        }

        ImportReport report = jsonImporter(store::inTransaction).importFile(export, p -> {}, new ImportReport());
        assertEquals(0, report.tallyOf("posts").existing());
        Map<String, Long> imported = counts();
        for (String entity : List.of("Post", "Page", "Category", "Tag", "Person", "MenuItem")) {
            assertEquals(counts.get(entity), imported.get(entity), entity);
        }
        assertEquals(credits, credits(store), "every byline, person and role, in order");
        assertEquals(tagPeople, tagPeople(store), "tags that stand for people");
        assertEquals(menu, labels(store.site.menu(MenuLocations.PRIMARY)));
        store.site.invalidate();
        assertEquals(
                settings,
                store.site.site().title() + " | " + store.site.site().tagline() + " | "
                        + store.site.site().zone());
        assertEquals(
                pagePaths,
                new TreeSet<>(store.em
                        .createQuery("select p.path from Page p", String.class)
                        .getResultList()));
        assertEquals(widgets, store.pluginSettings.load().extensions(), "widget and plugin settings");
        assertEquals(3, redirects.size(), "a post's, a tag's and a moved page's old address: " + redirects);
        assertEquals(redirects, redirects(store), "old addresses lead to the same content");

        ImportReport again = jsonImporter(store::inTransaction).importFile(export, p -> {}, new ImportReport());
        assertEquals(imported, counts(), "a second run changes nothing");
        assertEquals(0, again.tallyOf("posts").created());

        String text = Files.readString(export);
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, text.replaceFirst("\"slug\": \"veskara-orders", "\"slugs\": \"veskara-orders"));
        Map<String, Long> before = counts();
        assertThrows(
                ImportFormatException.class,
                () -> jsonImporter(store::inTransaction).importFile(broken, p -> {}, new ImportReport()));
        Path truncated = folder.resolve("truncated.json");
        Files.writeString(truncated, text.substring(0, text.length() / 2));
        ImportFormatException cut = assertThrows(
                ImportFormatException.class,
                () -> jsonImporter(store::inTransaction).importFile(truncated, p -> {}, new ImportReport()));
        assertTrue(cut.line() > 1 && cut.getMessage().contains("not well-formed JSON"), cut.getMessage());
        assertEquals(before, counts(), "a malformed file changes nothing");
    }

    @Test
    void aSiteArchiveMovesTheMediaLibraryWithItsFiles() throws Exception {
        Path sourceMedia = folder.resolve("source-media");
        Path archive = folder.resolve("site.zip");
        byte[] photo = new byte[4096];
        photo[0] = (byte) 0x89; // the archive carries bytes as they are
        String slug;
        try (TestDatabase source = freshDatabase();
                ContentStore site = new ContentStore(source.config())) {
            site.inTransaction(site.demo::load);
            Files.createDirectories(sourceMedia.resolve("2026/11"));
            Files.write(sourceMedia.resolve("2026/11/ab12cd34-harbour.png"), photo);
            Files.writeString(sourceMedia.resolve("2026/11/ab12cd34-harbour-thumb.png"), "thumbnail");
            slug = site.inTransaction(() -> {
                Media media = new Media("harbour.png", "2026/11/ab12cd34-harbour.png", "image/png", photo.length);
                media.setDimensions(1200, 800);
                media.setAltText("The council office on Harbour Street");
                media.setCaption("Harbour Street at dawn");
                site.em.persist(media);
                Post post = site.em
                        .createQuery("select p from Post p order by p.id", Post.class)
                        .setMaxResults(1)
                        .getSingleResult();
                post.setFeaturedMedia(media);
                post.setSocialMedia(media);
                return post.getSlug();
            });
            try (var out = Files.newOutputStream(archive)) {
                new SiteArchive(new JsonExporter(site.em, site.pluginSettings), null, new MediaFolder(sourceMedia))
                        .export(out);
            }
        }

        Path media = folder.resolve("media");
        ImportReport report = siteArchive(media).importArchive(archive, p -> {}, new ImportReport());
        assertEquals(2, report.tallyOf("media files").created(), report.lines().toString());
        assertEquals(1, report.tallyOf("media").created());
        assertTrue(
                Arrays.equals(photo, Files.readAllBytes(media.resolve("2026/11/ab12cd34-harbour.png"))),
                "the same bytes");
        assertEquals("thumbnail", Files.readString(media.resolve("2026/11/ab12cd34-harbour-thumb.png")));
        Object[] item = store.em
                .createQuery(
                        "select m.storagePath, m.width, m.height, m.altText, m.caption, m.sizeBytes, sm.storagePath"
                                + " from Post p join p.featuredMedia m join p.socialMedia sm where p.slug = :slug",
                        Object[].class)
                .setParameter("slug", slug)
                .getSingleResult();
        assertEquals(
                List.of(
                        "2026/11/ab12cd34-harbour.png",
                        1200,
                        800,
                        "The council office on Harbour Street",
                        "Harbour Street at dawn",
                        4096L,
                        "2026/11/ab12cd34-harbour.png"),
                List.of(item),
                "the library item, and the post's featured and social image");

        Map<String, Long> imported = counts();
        ImportReport again = siteArchive(media).importArchive(archive, p -> {}, new ImportReport());
        assertEquals(2, again.tallyOf("media files").existing(), "files already there are kept");
        assertEquals(1, again.tallyOf("media").existing());
        assertEquals(imported, counts(), "a second run changes nothing");
        assertEquals(
                1L,
                store.em.createQuery("select count(m) from Media m", Long.class).getSingleResult());

        // Refused whole: an archive without its document, a damaged one, one whose document is malformed.
        Path notOurs = folder.resolve("not-ours.zip");
        zip(notOurs, Map.of("readme.txt", "hello"));
        assertTrue(assertThrows(
                        ImportFormatException.class,
                        () -> siteArchive(media).importArchive(notOurs, p -> {}, new ImportReport()))
                .getMessage()
                .contains("not a Dossier site archive"));
        Path cut = folder.resolve("cut.zip");
        byte[] whole = Files.readAllBytes(archive);
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        assertThrows(
                ImportFormatException.class, () -> siteArchive(media).importArchive(cut, p -> {}, new ImportReport()));
        Path malformed = folder.resolve("malformed.zip");
        Path elsewhere = folder.resolve("elsewhere");
        zip(
                malformed,
                Map.of(
                        "site.json",
                        "{\"format\": \"dossier-site\", \"version\": 1, \"posts\": [ {\"id\": 1",
                        "media/2026/11/new.png",
                        "new"));
        assertThrows(
                ImportFormatException.class,
                () -> siteArchive(elsewhere).importArchive(malformed, p -> {}, new ImportReport()));
        assertTrue(
                Files.notExists(elsewhere.resolve("2026/11/new.png")),
                "no file is copied before the document is checked");
        assertEquals(imported, counts());

        // A file named to climb out of the media folder stays out, and a library row naming such a path is refused.
        Path climbing = folder.resolve("climbing.zip");
        zip(
                climbing,
                Map.of("site.json", "{\"format\": \"dossier-site\", \"version\": 1}", "media/../../outside.txt", "x"));
        ImportReport climbed = siteArchive(media).importArchive(climbing, p -> {}, new ImportReport());
        assertEquals(1, climbed.tallyOf("media files").skipped());
        assertTrue(Files.notExists(folder.resolve("outside.txt"))
                && Files.notExists(folder.getParent().resolve("outside.txt")));
        Path badRow = folder.resolve("bad-row.json");
        Files.writeString(
                badRow,
                "{\"format\": \"dossier-site\", \"version\": 1, \"media\": [{\"storagePath\": \"../db/x.png\","
                        + " \"fileName\": \"x.png\", \"mimeType\": \"image/png\", \"sizeBytes\": 1}]}");
        assertTrue(assertThrows(
                        ImportFormatException.class,
                        () -> jsonImporter(store::inTransaction).importFile(badRow, p -> {}, new ImportReport()))
                .getMessage()
                .contains("would leave the media folder"));
    }

    private SiteArchive siteArchive(Path media) {
        return new SiteArchive(null, jsonImporter(store::inTransaction), new MediaFolder(media));
    }

    private static void zip(Path file, Map<String, String> entries) throws IOException {
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    /** Each old address with what it leads to, named as readers know it (slug or path). */
    private static Set<String> redirects(ContentStore site) {
        Set<String> out = new TreeSet<>();
        for (Object[] r : site.em
                .createQuery("select r.oldPath, r.targetKind, r.targetId from PathRedirect r", Object[].class)
                .getResultList()) {
            long id = (Long) r[2];
            String target = switch ((ContentKind) r[1]) {
                case POST -> site.em.find(Post.class, id).getSlug();
                case PAGE -> site.em.find(Page.class, id).getPath();
                case TAG -> site.em.find(Tag.class, id).getSlug();
                default -> "?";
            };
            out.add(r[0] + " -> " + r[1] + " " + target);
        }
        return out;
    }

    private JsonImporter jsonImporter(Transactions transactions) {
        return new JsonImporter(
                store.em, store.writers(folder.resolve("media")), store.settings, store.pluginSettings, transactions);
    }

    private static Set<String> credits(ContentStore site) {
        return new TreeSet<>(site
                .em
                .createQuery("select c.post.slug, c.person.slug, c.role, c.position from Credit c", Object[].class)
                .getResultList()
                .stream()
                .map(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3])
                .toList());
    }

    private static Set<String> tagPeople(ContentStore site) {
        return new TreeSet<>(
                site
                        .em
                        .createQuery("select t.slug, p.slug from Tag t join t.person p", Object[].class)
                        .getResultList()
                        .stream()
                        .map(r -> r[0] + " = " + r[1])
                        .toList());
    }

    private Map<String, Long> counts(ContentStore site) {
        ContentStore saved = store;
        store = site;
        try {
            return counts();
        } finally {
            store = saved;
        }
    }

    private static Set<String> categoryTree(ContentStore site) {
        return new TreeSet<>(site
                .em
                .createQuery("select c.slug, p.slug from Category c left join c.parent p", Object[].class)
                .getResultList()
                .stream()
                .map(r -> r[0] + " < " + r[1])
                .toList());
    }

    private static List<String> labels(List<MenuNode> nodes) {
        List<String> labels = new ArrayList<>();
        for (MenuNode node : nodes) {
            labels.add(node.label() + " " + node.url());
            labels.addAll(labels(node.children()).stream().map(l -> "  " + l).toList());
        }
        return labels;
    }

    /** Type, WordPress ID and link of each post and page in the file. */
    private static List<String[]> items(String wxr) {
        List<String[]> items = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<item>.*?<link>(.*?)</link>.*?<wp:post_id>(\\d+)</wp:post_id>.*?"
                        + "<wp:post_type><!\\[CDATA\\[(\\w+)]]>")
                .matcher(wxr);
        while (m.find()) {
            items.add(new String[] {m.group(3), m.group(2), m.group(1)});
        }
        return items;
    }
}
