package io.dossier.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dossier.core.media.MediaFolder;
import io.dossier.core.media.MediaLibrary;
import io.dossier.core.model.Media;
import io.dossier.core.query.AccountRow;
import io.dossier.core.query.ActivityRow;
import io.dossier.core.query.Choice;
import io.dossier.core.query.ImageLink;
import io.dossier.core.query.MenuItemRow;
import io.dossier.core.query.MenuNode;
import io.dossier.core.query.PostDetail;
import io.dossier.core.query.PostRow;
import io.dossier.core.query.PostRowFilter;
import io.dossier.core.query.PostSeo;
import io.dossier.core.query.RevisionRow;
import io.dossier.core.security.AccessDeniedException;
import io.dossier.core.security.Actor;
import io.dossier.core.service.MenuEntry;
import io.dossier.core.service.PageForm;
import io.dossier.core.service.PostForm;
import io.dossier.core.service.ProfileForm;
import io.dossier.core.service.RevisionComparison;
import io.dossier.core.service.SavedPost;
import io.dossier.core.service.SettingsService;
import io.dossier.core.support.EditConflictException;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.support.NotFoundException;
import io.dossier.core.text.TextDiff;
import io.dossier.core.vocabulary.ContentStatus;
import io.dossier.core.vocabulary.MenuItemKind;
import io.dossier.core.vocabulary.PersonKind;
import io.dossier.core.vocabulary.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing posts through the editorial service on a real database: WordPress's role rules for
 * every role and action, optimistic locking between two editors, and the admin's post table.
 * Run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EditingContract {

    TestDatabase database;
    ContentStore store;
    final Map<Role, Actor> actors = new EnumMap<>(Role.class);
    long adminPostId;

    abstract TestDatabase freshDatabase() throws Exception;

    @BeforeAll
    void loadDemoContentAndOneAccountPerRole() throws Exception {
        database = freshDatabase();
        store = new ContentStore(database.config());
        store.inTransaction(store.demo::load);
        store.reindex();
        for (Role role : Role.values()) {
            String login = "the-" + role.name().toLowerCase();
            long id = store.inTransaction(() -> store.accounts.create(login, "The " + role, null, role));
            actors.put(role, new Actor(id, login, role));
        }
        adminPostId = store.editorial
                .rows(PostRowFilter.ALL, "title", true, 0, 1)
                .getFirst()
                .id();
    }

    @AfterAll
    void closeDatabase() throws Exception {
        store.close();
        database.close();
    }

    /** Each role × action: true where WordPress's role allows it. */
    @Test
    void everyRoleCanDoExactlyWhatItsRoleAllows() {
        record Case(String action, Map<Role, Boolean> allowed) {}
        List<Case> cases = List.of(
                new Case(
                        "write a draft",
                        Map.of(Role.ADMINISTRATOR, true, Role.EDITOR, true, Role.AUTHOR, true, Role.CONTRIBUTOR, true)),
                new Case(
                        "submit for review",
                        Map.of(Role.ADMINISTRATOR, true, Role.EDITOR, true, Role.AUTHOR, true, Role.CONTRIBUTOR, true)),
                new Case(
                        "publish own post",
                        Map.of(
                                Role.ADMINISTRATOR,
                                true,
                                Role.EDITOR,
                                true,
                                Role.AUTHOR,
                                true,
                                Role.CONTRIBUTOR,
                                false)),
                new Case(
                        "create a new tag",
                        Map.of(
                                Role.ADMINISTRATOR,
                                true,
                                Role.EDITOR,
                                true,
                                Role.AUTHOR,
                                true,
                                Role.CONTRIBUTOR,
                                false)),
                new Case(
                        "use an existing tag",
                        Map.of(Role.ADMINISTRATOR, true, Role.EDITOR, true, Role.AUTHOR, true, Role.CONTRIBUTOR, true)),
                new Case(
                        "edit someone else's post",
                        Map.of(
                                Role.ADMINISTRATOR,
                                true,
                                Role.EDITOR,
                                true,
                                Role.AUTHOR,
                                false,
                                Role.CONTRIBUTOR,
                                false)),
                new Case(
                        "trash someone else's post",
                        Map.of(
                                Role.ADMINISTRATOR,
                                true,
                                Role.EDITOR,
                                true,
                                Role.AUTHOR,
                                false,
                                Role.CONTRIBUTOR,
                                false)),
                new Case(
                        "trash own draft",
                        Map.of(
                                Role.ADMINISTRATOR,
                                true,
                                Role.EDITOR,
                                true,
                                Role.AUTHOR,
                                true,
                                Role.CONTRIBUTOR,
                                true)));
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            for (Role role : Role.values()) {
                boolean allowed;
                try {
                    store.inTransaction(() -> {
                        perform(c.action(), actors.get(role));
                        return null;
                    });
                    allowed = true;
                } catch (AccessDeniedException denied) {
                    allowed = false;
                }
                if (allowed != c.allowed().get(role)) {
                    wrong.add(role + " " + (allowed ? "could" : "could not") + " " + c.action());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(ContentStatus.TRASHED, status(adminPostId), "someone trashed the post");
        store.inTransaction(() -> {
            store.editing.restore(actors.get(Role.ADMINISTRATOR), adminPostId);
            return null;
        });
    }

    private void perform(String action, Actor actor) {
        switch (action) {
            case "write a draft" -> store.editing.save(actor, form("Draft by " + actor.login(), ContentStatus.DRAFT));
            case "submit for review" ->
                store.editing.save(actor, form("Review " + actor.login(), ContentStatus.PENDING));
            case "publish own post" ->
                store.editing.save(actor, form("Published by " + actor.login(), ContentStatus.PUBLISHED));
            case "create a new tag" -> {
                PostForm f = form("Tagged by " + actor.login(), ContentStatus.DRAFT);
                f.getTagNames().add("Brand New Tag " + actor.login());
                store.editing.save(actor, f);
            }
            case "use an existing tag" -> {
                PostForm f = form("Existing tag by " + actor.login(), ContentStatus.DRAFT);
                f.getTagNames().add("vafc");
                store.editing.save(actor, f);
            }
            case "edit someone else's post" -> {
                PostForm f = store.editing.load(actor, adminPostId);
                store.editing.save(actor, f);
            }
            case "trash someone else's post" -> store.editing.trash(actor, adminPostId);
            case "trash own draft" ->
                store.editing.trash(
                        actor,
                        store.editing
                                .save(actor, form("Doomed " + actor.login(), ContentStatus.DRAFT))
                                .id());
            default -> throw new IllegalArgumentException(action);
        }
    }

    @Test
    void aSaveAnswersWhatItWroteAndItsVersionIsTheOneTheNextSaveNeeds() {
        Actor editor = actors.get(Role.EDITOR);
        SavedPost draft =
                store.inTransaction(() -> store.editing.save(editor, form("Answered Story!", ContentStatus.DRAFT)));
        assertEquals(ContentStatus.DRAFT, draft.status());
        assertEquals(null, draft.permalink(), "no date yet, no permalink");
        PostForm form = store.inTransaction(() -> store.editing.load(editor, draft.id()));
        assertEquals(form.getVersion(), draft.version());
        assertEquals(form.getSlug(), draft.slug());
        form.setStatus(ContentStatus.PUBLISHED);
        form.setSlug("Renamed Story");
        SavedPost published = store.inTransaction(() -> store.editing.save(editor, form));
        store.em.clear();
        PostForm reloaded = store.inTransaction(() -> store.editing.load(editor, draft.id()));
        assertEquals(
                reloaded.getVersion(),
                published.version(),
                "a rename bumps the version once more, and the answer knows it");
        assertEquals(ContentStatus.PUBLISHED, published.status());
        assertEquals("renamed-story", published.slug());
        assertEquals(reloaded.getPermalink(), published.permalink());
        reloaded.setTitle("Answered Story, Again");
        reloaded.setVersion(published.version());
        assertEquals(
                published.version() + 1,
                store.inTransaction(() -> store.editing.save(editor, reloaded)).version(),
                "saving with the answered version is no conflict");
    }

    @Test
    void theSecondOfTwoEditorsGetsAConflictAndTheFirstEditStands() {
        Actor editor = actors.get(Role.EDITOR);
        long id = store.inTransaction(() -> store.editing
                .save(editor, form("Shared Story", ContentStatus.DRAFT))
                .id());
        PostForm first = store.inTransaction(() -> store.editing.load(editor, id));
        PostForm second = store.inTransaction(() -> store.editing.load(actors.get(Role.ADMINISTRATOR), id));
        long loaded = first.getVersion();
        first.setTitle("Shared Story, First Edit");
        store.inTransaction(() -> store.editing.save(editor, first));
        second.setTitle("Shared Story, Second Edit");
        second.getTagNames().add("VAFC");
        assertThrows(
                EditConflictException.class,
                () -> store.inTransaction(() -> store.editing.save(actors.get(Role.ADMINISTRATOR), second)));
        store.em.clear();
        PostForm reloaded = store.inTransaction(() -> store.editing.load(editor, id));
        assertEquals("Shared Story, First Edit", reloaded.getTitle());
        assertTrue(reloaded.getTagNames().isEmpty(), "nothing of the refused save was kept");
        assertTrue(reloaded.getVersion() > loaded);
        assertEquals(reloaded.getVersion(), first.getVersion(), "the first editor's form holds the version it saved");
    }

    @Test
    void savingReplacesCategoriesTagsAndBylineAndAFutureDateSchedules() {
        Actor author = actors.get(Role.AUTHOR);
        List<Choice> categories = store.editorial.categories();
        List<Choice> people = store.editorial.people();
        PostForm form = form("Scheduled Investigation", ContentStatus.PUBLISHED);
        form.setBody("<p>Text<script>alert(1)</script></p>");
        form.setPublishAt(LocalDateTime.of(2040, 1, 2, 9, 30));
        form.setCategoryIds(new ArrayList<>(
                List.of(categories.get(1).id(), categories.get(0).id())));
        form.setTagNames(new ArrayList<>(List.of("VAFC", "vafc", "Another New Tag")));
        form.getCredits().add(new PostForm.CreditLine(people.get(0).id(), "Reporter"));
        long id = store.inTransaction(() -> store.editing.save(author, form).id());
        PostForm reloaded = store.inTransaction(() -> store.editing.load(author, id));
        for (PostForm held : List.of(form, reloaded)) {
            // The editor keeps the form it saved: it must hold what was stored, as a reload would.
            assertEquals(id, held.getId());
            assertEquals(reloaded.getVersion(), held.getVersion());
            assertEquals(ContentStatus.SCHEDULED, held.getStatus());
            assertEquals("<p>Text</p>", held.getBody());
            assertEquals(List.of("Another New Tag", "VAFC"), held.getTagNames());
            assertEquals(reloaded.getPermalink(), held.getPermalink());
        }

        PostForm saved = reloaded;
        assertEquals(ContentStatus.SCHEDULED, saved.getStatus());
        assertEquals(LocalDateTime.of(2040, 1, 2, 9, 30), saved.getPublishAt());
        assertEquals("<p>Text</p>", saved.getBody());
        assertEquals(
                List.of(categories.get(1).id(), categories.get(0).id()),
                saved.getCategoryIds(),
                "primary category first");
        assertEquals(List.of("Another New Tag", "VAFC"), saved.getTagNames());
        assertEquals(1, saved.getCredits().size());
        assertTrue(saved.getPermalink().startsWith("/2040/01/02/scheduled-investigation"));
        assertTrue(store.posts.publishedWithSlug("scheduled-investigation").isEmpty(), "not public before its time");

        saved.setCategoryIds(new ArrayList<>(List.of(categories.get(0).id())));
        saved.setTagNames(new ArrayList<>());
        saved.getCredits().clear();
        store.inTransaction(() -> store.editing.save(author, saved));
        PostForm again = store.inTransaction(() -> store.editing.load(author, id));
        assertEquals(List.of(categories.get(0).id()), again.getCategoryIds());
        assertTrue(again.getTagNames().isEmpty());
        assertTrue(again.getCredits().isEmpty());

        PostForm untitled = form(" ", ContentStatus.DRAFT);
        InvalidInputException invalid = assertThrows(
                InvalidInputException.class, () -> store.inTransaction(() -> store.editing.save(author, untitled)));
        assertEquals("title", invalid.field());
    }

    @Test
    void aFeaturedImageIsSavedWithThePostAndShownWithItsAltTextAndSize() {
        Actor author = actors.get(Role.AUTHOR);
        long image = store.inTransaction(() -> {
            Media media = new Media("protest.jpg", "2026/11/abcd1234-protest.jpg", "image/jpeg", 1234);
            media.setDimensions(1200, 800);
            media.setAltText("Protesters outside parliament");
            media.setCaption("Outside parliament, 2 March");
            store.em.persist(media);
            return media.getId();
        });
        PostForm form = form("Pictured Story", ContentStatus.PUBLISHED);
        form.setFeaturedMediaId(image);
        long id = store.inTransaction(() -> store.editing.save(author, form).id());
        assertEquals(
                image, store.inTransaction(() -> store.editing.load(author, id)).getFeaturedMediaId());
        assertTrue(store.posts.isPublic(id));
        assertEquals(
                new ImageLink(
                        "/media/2026/11/abcd1234-protest.jpg",
                        "Protesters outside parliament",
                        1200,
                        800,
                        "Outside parliament, 2 March"),
                store.posts.publishedById(id).orElseThrow().image());

        PostForm seo = store.inTransaction(() -> store.editing.load(author, id));
        seo.setSeoTitle("Protest at Parliament: What Happened");
        seo.setSeoDescription("Thousands gathered.");
        seo.setCanonicalUrl("https://partner.example/original-story");
        seo.setSocialMediaId(image);
        store.inTransaction(() -> store.editing.save(author, seo));
        assertEquals(
                new PostSeo(
                        "Protest at Parliament: What Happened",
                        "Thousands gathered.",
                        "https://partner.example/original-story",
                        new ImageLink(
                                "/media/2026/11/abcd1234-protest.jpg",
                                "Protesters outside parliament",
                                1200,
                                800,
                                null)),
                store.posts.publishedById(id).orElseThrow().seo());
        PostForm badCanonical = store.inTransaction(() -> store.editing.load(author, id));
        badCanonical.setCanonicalUrl("javascript:alert(1)");
        assertEquals(
                "canonicalUrl",
                assertThrows(
                                InvalidInputException.class,
                                () -> store.inTransaction(() -> store.editing.save(author, badCanonical)))
                        .field());

        PostForm removed = store.inTransaction(() -> store.editing.load(author, id));
        removed.setFeaturedMediaId(null);
        removed.setSocialMediaId(null);
        store.inTransaction(() -> store.editing.save(author, removed));
        assertEquals(null, store.posts.publishedById(id).orElseThrow().image());
        PostForm missing = store.inTransaction(() -> store.editing.load(author, id));
        missing.setFeaturedMediaId(-5L);
        assertEquals(
                "featured",
                assertThrows(
                                InvalidInputException.class,
                                () -> store.inTransaction(() -> store.editing.save(author, missing)))
                        .field());
    }

    @Test
    void theLibraryKeepsDocumentsWithoutAltTextButOnlyImagesAreFeatured(@TempDir Path media) {
        Actor author = actors.get(Role.AUTHOR);
        MediaLibrary library = new MediaLibrary(store.em, new MediaFolder(media));
        byte[] pdf = "%PDF-1.4\n% Council minutes\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long minutes = store.inTransaction(() -> library.upload(
                author, "Council Minutes.pdf", new ByteArrayInputStream(pdf), null, "Minutes of the March meeting"));
        MediaLibrary.Item item = library.item(minutes).orElseThrow();
        assertEquals(
                List.of("application/pdf", "PDF", false, "Minutes of the March meeting"),
                List.of(item.mimeType(), item.kind(), item.image(), item.caption()));
        assertTrue(item.url().matches("/media/\\d{4}/\\d{2}/[0-9a-f]{8}-council-minutes\\.pdf"), item.url());
        assertTrue(Arrays.equals(pdf, read(media.resolve(item.url().substring("/media/".length())))), "stored as sent");
        assertTrue(
                library.items("", 1, 100).items().stream().anyMatch(i -> i.id() == minutes), "listed in the library");
        assertEquals(
                List.of(minutes),
                library.items("MARCH meeting", 1, 10).items().stream()
                        .map(i -> i.id())
                        .toList(),
                "found by its caption, any case");
        assertEquals(0, library.items("100%_sure", 1, 10).total(), "the search's own % and _ match themselves");
        long second = store.inTransaction(() -> library.upload(
                author,
                "agenda.txt",
                new ByteArrayInputStream("Agenda: the March meeting".getBytes(StandardCharsets.UTF_8)),
                null,
                "Agenda of the March meeting"));
        var first = library.items("march meeting", 1, 1);
        assertEquals(List.of(second), first.items().stream().map(i -> i.id()).toList(), "newest first");
        assertEquals(List.of(2L, 2), List.of(first.total(), first.totalPages()));
        assertEquals(
                List.of(minutes),
                library.items("march meeting", 2, 1).items().stream()
                        .map(i -> i.id())
                        .toList(),
                "then older");
        assertTrue(
                library.images(0, 100).stream().noneMatch(i -> i.id() == minutes), "not among the images to feature");
        store.inTransaction(() -> {
            library.describe(author, minutes, "", "Minutes, March");
            return null;
        });
        assertEquals("Minutes, March", library.item(minutes).orElseThrow().caption(), "a document needs no alt text");

        InvalidInputException disguised = assertThrows(
                InvalidInputException.class,
                () -> store.inTransaction(() -> library.upload(
                        author,
                        "report.pdf",
                        new ByteArrayInputStream("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)),
                        null,
                        null)));
        assertEquals("file", disguised.field());
        assertTrue(disguised.getMessage().contains("report.pdf is neither an image"), disguised.getMessage());

        PostForm form = form("Minutes Featured", ContentStatus.DRAFT);
        form.setFeaturedMediaId(minutes);
        InvalidInputException notAnImage = assertThrows(
                InvalidInputException.class, () -> store.inTransaction(() -> store.editing.save(author, form)));
        assertEquals("featured", notAnImage.field());
        assertTrue(notAnImage.getMessage().contains("is a document, not an image"), notAnImage.getMessage());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aDraftIsPreviewedByThoseWhoMayEditItAndNobodyElse() {
        Actor contributor = actors.get(Role.CONTRIBUTOR);
        PostForm draft = form("Unfinished Exposé", ContentStatus.PENDING);
        draft.setCategoryIds(
                new ArrayList<>(List.of(store.editorial.categories().getFirst().id())));
        long id =
                store.inTransaction(() -> store.editing.save(contributor, draft).id());
        for (Role role : List.of(Role.CONTRIBUTOR, Role.EDITOR, Role.ADMINISTRATOR)) {
            PostDetail shown = store.inTransaction(() -> store.preview.of(actors.get(role), id));
            assertEquals("Unfinished Exposé", shown.title(), role + " previews it");
            assertTrue(shown.url().endsWith("/unfinished-expose/"), shown.url());
            assertEquals(1, shown.categories().size());
        }
        assertThrows(
                AccessDeniedException.class,
                () -> store.inTransaction(() -> store.preview.of(actors.get(Role.AUTHOR), id)),
                "an author may not see other people's drafts");
        assertTrue(store.posts.publishedById(id).isEmpty(), "readers still cannot");
        assertFalse(store.posts.isPublic(id));
    }

    @Test
    void everySaveIsARevisionThatCanBeComparedAndRestoredAndAutosavesKeepUnsavedWork() {
        Actor author = actors.get(Role.AUTHOR);
        PostForm form = form("Harbour Deal", ContentStatus.DRAFT);
        form.setBody("<p>First paragraph.</p><p>Second paragraph.</p>");
        long id = store.inTransaction(() -> store.editing.save(author, form).id());
        PostForm second = store.inTransaction(() -> store.editing.load(author, id));
        second.setTitle("Harbour Deal Collapses");
        second.setBody("<p>First paragraph.</p><p>Second paragraph, corrected.</p>");
        store.inTransaction(() -> store.editing.save(author, second));

        List<RevisionRow> revisions = store.inTransaction(() -> store.revisions.list(author, id));
        assertEquals(
                List.of("Harbour Deal Collapses", "Harbour Deal"),
                revisions.stream().map(RevisionRow::title).toList(),
                "newest first");
        RevisionComparison compared = store.inTransaction(
                () -> store.revisions.compare(author, revisions.getFirst().id()));
        assertEquals(revisions.get(1).id(), compared.previous().id());
        assertEquals(
                List.of(
                        new TextDiff.Line(TextDiff.Change.SAME, "<p>First paragraph.</p>"),
                        new TextDiff.Line(TextDiff.Change.REMOVED, "<p>Second paragraph.</p>"),
                        new TextDiff.Line(TextDiff.Change.ADDED, "<p>Second paragraph, corrected.</p>")),
                compared.body());
        assertThrows(
                AccessDeniedException.class,
                () -> store.inTransaction(() -> store.revisions.list(actors.get(Role.CONTRIBUTOR), id)),
                "only those who may edit the post see its history");

        store.inTransaction(() -> {
            store.revisions.restore(author, revisions.get(1).id());
            return null;
        });
        PostForm restored = store.inTransaction(() -> store.editing.load(author, id));
        assertEquals("Harbour Deal", restored.getTitle());
        assertEquals("<p>First paragraph.</p><p>Second paragraph.</p>", restored.getBody());
        assertEquals(
                3, store.inTransaction(() -> store.revisions.list(author, id)).size(), "the restore is a revision too");

        store.inTransaction(() -> store.revisions.autosave(
                author, id, "Harbour Deal (unsaved)", null, "<p>Unsaved<script>x()</script></p>"));
        store.inTransaction(
                () -> store.revisions.autosave(author, id, "Harbour Deal (unsaved again)", null, "<p>Unsaved</p>"));
        assertEquals(
                "Harbour Deal",
                store.inTransaction(() -> store.editing.load(author, id)).getTitle(),
                "the post is untouched");
        RevisionRow autosave = store.inTransaction(() -> store.revisions.newerAutosave(author, id))
                .orElseThrow();
        assertEquals("Harbour Deal (unsaved again)", autosave.title());
        assertTrue(autosave.autosave());
        assertEquals(
                1,
                store.inTransaction(() -> store.revisions.list(author, id)).stream()
                        .filter(RevisionRow::autosave)
                        .count(),
                "one autosave per editor, overwritten");
        assertEquals(
                "<p>Unsaved</p>",
                store.inTransaction(() -> store.revisions.compare(author, autosave.id())).body().stream()
                        .filter(l -> l.change() == TextDiff.Change.ADDED)
                        .findFirst()
                        .orElseThrow()
                        .text());

        store.inTransaction(() -> store.editing.save(author, restored));
        assertTrue(
                store.inTransaction(() -> store.revisions.newerAutosave(author, id))
                        .isEmpty(),
                "saving supersedes the autosave");
        ActivityRow latest =
                store.editorial.recentActivity(author.accountId(), 5).getFirst();
        assertEquals(id, latest.postId(), "the dashboard's recent activity starts with the last save");
        assertEquals("The AUTHOR", latest.savedBy());
        assertTrue(
                store.editorial.recentActivity(actors.get(Role.CONTRIBUTOR).accountId(), 50).stream()
                        .noneMatch(a -> a.postId() == id),
                "a contributor's activity lists only their own posts");
    }

    @Test
    void onlyATrashedPostIsDeletedForGoodAndItsHistoryGoesWithIt() {
        Actor author = actors.get(Role.AUTHOR);
        long id = store.inTransaction(() -> store.editing
                .save(author, form("Short-Lived Story", ContentStatus.DRAFT))
                .id());
        assertEquals(
                "status",
                assertThrows(
                                InvalidInputException.class,
                                () -> store.inTransaction(() -> {
                                    store.editing.deletePermanently(author, id);
                                    return null;
                                }))
                        .field(),
                "not before it is in the trash");
        store.inTransaction(() -> {
            store.editing.trash(author, id);
            return null;
        });
        assertThrows(
                AccessDeniedException.class,
                () -> store.inTransaction(() -> {
                    store.editing.deletePermanently(actors.get(Role.CONTRIBUTOR), id);
                    return null;
                }),
                "not someone else's");
        store.inTransaction(() -> {
            store.editing.deletePermanently(author, id);
            return null;
        });
        assertEquals(
                0L,
                store.em
                        .createQuery("select count(p) from Post p where p.id = :id", Long.class)
                        .setParameter("id", id)
                        .getSingleResult());
        assertEquals(
                0L,
                store.em
                        .createQuery("select count(r) from PostRevision r where r.post.id = :id", Long.class)
                        .setParameter("id", id)
                        .getSingleResult());
    }

    @Test
    void theSettingsScreenGetsTheStoredFooterAndFeedsAreBounded() {
        Actor admin = actors.get(Role.ADMINISTRATOR);
        SettingsService.Settings stored = store.inTransaction(() -> store.settings.current(admin));
        assertTrue(stored.footerText().contains("{year}"), "the placeholder, not this year: " + stored.footerText());
        assertThrows(
                AccessDeniedException.class,
                () -> store.inTransaction(() -> store.settings.current(actors.get(Role.EDITOR))));
        SettingsService.Settings tooMany = stored.withFeedItems(500);
        assertEquals(
                "feedItems",
                assertThrows(
                                InvalidInputException.class,
                                () -> store.inTransaction(() -> {
                                    store.settings.update(admin, tooMany);
                                    return null;
                                }))
                        .field());
        store.inTransaction(() -> {
            store.settings.update(admin, stored.withFeedItems(4));
            return null;
        });
        assertEquals(4, store.site.site().feedItems());
        store.inTransaction(() -> {
            store.settings.update(admin, stored.withRobotsTxt("User-agent: *\nDisallow: /drafts/\n"));
            return null;
        });
        assertEquals("User-agent: *\nDisallow: /drafts/", store.site.site().robotsTxt());
        assertEquals(
                "websubHub",
                assertThrows(
                                InvalidInputException.class,
                                () -> store.inTransaction(() -> {
                                    store.settings.update(admin, stored.withWebsubHub("ftp://hub.example/"));
                                    return null;
                                }))
                        .field());
        store.inTransaction(() -> {
            store.settings.update(admin, stored);
            return null;
        });
    }

    @Test
    void aDeletedAccountsPostsGoToTheAccountChosenAndNobodyDeletesThemselves() {
        Actor admin = actors.get(Role.ADMINISTRATOR);
        long leaving =
                store.inTransaction(() -> store.accounts.create("leaving-author", "Leaving Author", null, Role.AUTHOR));
        Actor leaver = new Actor(leaving, "leaving-author", Role.AUTHOR);
        long post = store.inTransaction(() -> store.editing
                .save(leaver, form("Parting Shot", ContentStatus.PUBLISHED))
                .id());
        assertThrows(
                AccessDeniedException.class,
                () -> store.inTransaction(() -> {
                    store.accountAdministration.delete(actors.get(Role.EDITOR), leaving, admin.accountId());
                    return null;
                }));
        assertEquals(
                "reassignTo",
                assertThrows(
                                InvalidInputException.class,
                                () -> store.inTransaction(() -> {
                                    store.accountAdministration.delete(admin, leaving, null);
                                    return null;
                                }))
                        .field(),
                "its posts need a new author");
        assertEquals(
                "account",
                assertThrows(
                                InvalidInputException.class,
                                () -> store.inTransaction(() -> {
                                    store.accountAdministration.delete(admin, admin.accountId(), null);
                                    return null;
                                }))
                        .field());
        store.inTransaction(() -> {
            store.accountAdministration.delete(
                    admin, leaving, actors.get(Role.EDITOR).accountId());
            return null;
        });
        assertEquals(
                "The EDITOR",
                store.posts.publishedById(post).orElseThrow().author().name());
        assertEquals(
                0L,
                store.em
                        .createQuery("select count(u) from UserAccount u where u.id = :id", Long.class)
                        .setParameter("id", leaving)
                        .getSingleResult());
    }

    @Test
    void everyoneEditsTheirOwnNameAndEmailAndOnlyAdministratorsOthers() {
        Actor author = actors.get(Role.AUTHOR);
        store.inTransaction(() -> {
            store.accountAdministration.updateProfile(
                    author, author.accountId(), "Avery Author", "avery@example.org", null);
            return null;
        });
        assertEquals(
                "Avery Author",
                store.inTransaction(() -> store.accountAdministration.own(author))
                        .displayName());
        assertEquals(
                "email",
                assertThrows(
                                InvalidInputException.class,
                                () -> store.inTransaction(() -> {
                                    store.accountAdministration.updateProfile(
                                            author, author.accountId(), "Avery Author", "not an address", null);
                                    return null;
                                }))
                        .field());
        assertThrows(
                AccessDeniedException.class,
                () -> store.inTransaction(() -> {
                    store.accountAdministration.updateProfile(
                            author, actors.get(Role.EDITOR).accountId(), "Renamed", null, null);
                    return null;
                }));
        store.inTransaction(() -> {
            store.accountAdministration.updateProfile(
                    actors.get(Role.ADMINISTRATOR), author.accountId(), "The AUTHOR", null, null);
            return null;
        });
        assertEquals(
                "The AUTHOR",
                store.inTransaction(() -> store.accountAdministration.own(author))
                        .displayName());
    }

    @Test
    void anAccountsPublicNameAndAddressNeverGiveItsLoginAway() {
        Actor admin = actors.get(Role.ADMINISTRATOR);
        long id = store.inTransaction(() -> store.accounts.create("jdoe", "Jane Doe", null, Role.AUTHOR));
        AccountRow jane =
                store.inTransaction(() -> store.accountAdministration.own(new Actor(id, "jdoe", Role.AUTHOR)));
        assertEquals("jane-doe", jane.slug(), "the author page is named after the name on posts");
        for (String name : List.of("jdoe2", "JDOE2", " jdoe2 ")) {
            assertEquals(
                    "displayName",
                    assertThrows(
                                    InvalidInputException.class,
                                    () -> store.inTransaction(() -> store.accountAdministration.create(
                                            admin, "jdoe2", name, null, Role.AUTHOR, "pw-123456789")))
                            .field(),
                    name);
        }
        Actor self = new Actor(id, "jdoe", Role.AUTHOR);
        assertEquals(
                "slug",
                assertThrows(
                                InvalidInputException.class,
                                () -> store.inTransaction(() -> {
                                    store.accountAdministration.updateProfile(self, id, "Jane Doe", null, "jdoe");
                                    return null;
                                }))
                        .field());
        assertEquals(
                "slug",
                assertThrows(
                                InvalidInputException.class,
                                () -> store.inTransaction(() -> {
                                    store.accountAdministration.updateProfile(
                                            self, id, "Jane Doe", null, "nadia-ferre");
                                    return null;
                                }))
                        .field(),
                "another account's address");
        store.inTransaction(() -> {
            store.accountAdministration.updateProfile(self, id, "Jane Doe", null, "jane");
            return null;
        });
        assertEquals(
                "jane",
                store.inTransaction(() -> store.accountAdministration.own(self)).slug());
        // An account whose name is its login (as WordPress makes them) still gets an address that is not.
        long plain = store.inTransaction(() -> store.accounts.create("plainlogin", "plainlogin", null, Role.AUTHOR));
        String slug = store.em
                .createQuery("select u.slug from UserAccount u where u.id = :id", String.class)
                .setParameter("id", plain)
                .getSingleResult();
        assertFalse(slug.contains("plainlogin"), slug);
    }

    @Test
    void thePostTableFiltersSortsAndPagesInTheDatabase() {
        Actor contributor = actors.get(Role.CONTRIBUTOR);
        long pending = store.inTransaction(() -> store.editing
                .save(contributor, form("Zebra Crossing Report", ContentStatus.PENDING))
                .id());
        long all = store.editorial.count(PostRowFilter.ALL);
        List<PostRow> page = store.editorial.rows(PostRowFilter.ALL, "title", true, 0, 5);
        assertEquals(5, page.size());
        for (int i = 1; i < page.size(); i++) {
            assertTrue(page.get(i - 1).title().compareToIgnoreCase(page.get(i).title()) <= 0);
        }
        List<PostRow> byContributor = store.editorial.rows(
                new PostRowFilter(ContentStatus.PENDING, contributor.accountId(), null, null, null),
                "updatedAt",
                false,
                0,
                50);
        assertTrue(byContributor.stream()
                .anyMatch(r -> r.id() == pending && r.authorName().equals("The CONTRIBUTOR")));
        assertEquals(1, store.editorial.count(new PostRowFilter(null, null, null, null, "zebra crossing")));
        long news = store.editorial.categories().stream()
                .filter(c -> c.label().equals("News"))
                .findFirst()
                .orElseThrow()
                .id();
        List<PostRow> inNews =
                store.editorial.rows(new PostRowFilter(null, null, news, null, null), "publishedAt", false, 0, 100);
        assertFalse(inNews.isEmpty());
        assertTrue(inNews.stream().allMatch(r -> r.categories().contains("News")));

        store.inTransaction(() -> {
            store.editing.trash(contributor, pending);
            return null;
        });
        assertEquals(all - 1, store.editorial.count(PostRowFilter.ALL), "trashed posts leave \"All\"");
        assertEquals(
                1,
                store.editorial.count(
                        new PostRowFilter(ContentStatus.TRASHED, contributor.accountId(), null, null, null)));
        assertTrue(store.editorial.countsByStatus(null).get(ContentStatus.PUBLISHED) >= 29);
        assertEquals(0L, store.editorial.countsByStatus(contributor.accountId()).get(ContentStatus.PUBLISHED));
        assertTrue(store.editorial.countsByStatus(contributor.accountId()).get(ContentStatus.TRASHED) >= 1);
        assertTrue(store.editorial.tagNames("vaf", 10).contains("VAFC"));
    }

    @Test
    void editorsManageCategoriesAndMergeTagsWithoutLosingPostsOrAddresses() {
        Actor editor = actors.get(Role.EDITOR);
        Actor author = actors.get(Role.AUTHOR);
        assertThrows(
                AccessDeniedException.class,
                () -> store.inTransaction(() -> store.taxonomy.createCategory(author, "Opinion", null, null)));

        long investigations =
                store.inTransaction(() -> store.taxonomy.createCategory(editor, "Investigations", null, null));
        long money =
                store.inTransaction(() -> store.taxonomy.createCategory(editor, "Money Trails", investigations, null));
        InvalidInputException cycle = assertThrows(
                InvalidInputException.class,
                () -> store.inTransaction(() -> {
                    store.taxonomy.updateCategory(editor, investigations, "Investigations", money, null);
                    return null;
                }));
        assertEquals("parent", cycle.field());
        List<String> paths =
                store.editorial.categoryRows().stream().map(c -> c.path()).toList();
        assertTrue(
                paths.indexOf("Investigations › Money Trails") == paths.indexOf("Investigations") + 1,
                paths.toString());
        PostForm filed = form("Filed Under Money", ContentStatus.DRAFT);
        filed.getCategoryIds().add(money);
        long post = store.inTransaction(() -> store.editing.save(editor, filed).id());
        store.inTransaction(() -> {
            store.taxonomy.deleteCategory(editor, investigations);
            return null;
        });
        assertTrue(
                store.editorial.categoryRows().stream().anyMatch(c -> c.id() == money && c.parentId() == null),
                "the sub-category moved up");
        assertEquals(
                List.of(money),
                store.inTransaction(() -> store.editing.load(editor, post)).getCategoryIds());

        long lobby = store.inTransaction(() -> store.taxonomy.createTag(editor, "Lobby Money", null));
        long lobbying = store.inTransaction(() -> store.taxonomy.createTag(editor, "Lobbying Money", null));
        PostForm both = form("Tagged Twice", ContentStatus.PUBLISHED);
        both.getTagNames().addAll(List.of("Lobby Money", "Lobbying Money"));
        long tagged = store.inTransaction(() -> store.editing.save(editor, both).id());
        PostForm one = form("Tagged Once", ContentStatus.PUBLISHED);
        one.getTagNames().add("Lobbying Money");
        store.inTransaction(() -> store.editing.save(editor, one));
        assertThrows(
                InvalidInputException.class,
                () -> store.inTransaction(() -> store.taxonomy.createTag(editor, "lobby money", null)));

        store.inTransaction(() -> {
            store.taxonomy.mergeTags(editor, lobbying, lobby);
            return null;
        });
        assertEquals(
                List.of("Lobby Money"),
                store.inTransaction(() -> store.editing.load(editor, tagged)).getTagNames());
        assertEquals(
                2,
                store.editorial.tagRows("lobby money", true, 0, 10).getFirst().posts(),
                "both posts, the first once");
        var redirect = store.archives.redirectFrom("/tag/lobbying-money/").orElseThrow();
        assertEquals(lobby, redirect.id());
        assertEquals("/tag/lobby-money/", store.archives.tagUrl(redirect.id()).orElseThrow());

        long profile = store.inTransaction(() -> store.taxonomy.tagToProfile(editor, lobby, PersonKind.ORGANIZATION));
        assertEquals(
                "Lobby Money",
                store.editorial.tagRows("lobby money", false, 0, 1).getFirst().profile());
        assertTrue(store.editorial.people().stream().anyMatch(p -> p.id() == profile));
        assertThrows(
                InvalidInputException.class,
                () -> store.inTransaction(() -> store.taxonomy.tagToProfile(editor, lobby, PersonKind.PERSON)));
        assertThrows(
                AccessDeniedException.class,
                () -> store.inTransaction(() -> {
                    store.taxonomy.mergeTags(actors.get(Role.CONTRIBUTOR), lobby, lobby);
                    return null;
                }));
    }

    @Test
    void profilesAreEditedWithCheckedLinksAndAProfileInABylineIsNotDeleted() {
        Actor editor = actors.get(Role.EDITOR);
        assertThrows(
                AccessDeniedException.class,
                () -> store.inTransaction(() -> store.people.save(actors.get(Role.AUTHOR), new ProfileForm())));
        ProfileForm form = new ProfileForm();
        form.setName("Marta Osei");
        form.setRoleTitle("Lobbyist");
        form.setBio("<p>Registered in 2014.<script>x()</script></p>");
        form.getLinks().add(new ProfileForm.LinkLine("Register", "ftp://example.org"));
        InvalidInputException badLink = assertThrows(
                InvalidInputException.class, () -> store.inTransaction(() -> store.people.save(editor, form)));
        assertEquals("links", badLink.field());
        form.getLinks().getFirst().setUrl("https://register.example/marta");
        long id = store.inTransaction(() -> store.people.save(editor, form));

        ProfileForm saved = store.inTransaction(() -> store.people.load(editor, id));
        assertEquals("<p>Registered in 2014.</p>", saved.getBio());
        assertEquals(
                "https://register.example/marta", saved.getLinks().getFirst().getUrl());
        ProfileForm stale = store.inTransaction(() -> store.people.load(editor, id));
        saved.setRoleTitle("Former lobbyist");
        store.inTransaction(() -> store.people.save(editor, saved));
        stale.setRoleTitle("Consultant");
        assertThrows(EditConflictException.class, () -> store.inTransaction(() -> store.people.save(editor, stale)));

        PostForm post = form("Osei Quoted", ContentStatus.DRAFT);
        post.getCredits().add(new PostForm.CreditLine(id, "Source"));
        store.inTransaction(() -> store.editing.save(editor, post));
        assertTrue(store.editorial.profileRows().stream().anyMatch(r -> r.id() == id && r.credits() == 1));
        assertEquals(
                List.of("Osei Quoted"),
                store.editorial.postsAbout(id, 10).stream().map(Choice::label).toList());
        InvalidInputException credited = assertThrows(
                InvalidInputException.class,
                () -> store.inTransaction(() -> {
                    store.people.delete(editor, id);
                    return null;
                }));
        assertTrue(credited.getMessage().contains("byline of 1 post"), credited.getMessage());
    }

    @Test
    void pagesAreWrittenAndRearrangedWithTheirAddressesFollowing() {
        Actor editor = actors.get(Role.EDITOR);
        assertThrows(
                AccessDeniedException.class,
                () -> store.inTransaction(() -> store.pageService.save(actors.get(Role.AUTHOR), new PageForm())));
        PageForm team = new PageForm();
        team.setTitle("Our Team");
        team.setBody("<p>Who we are.</p>");
        team.setStatus(ContentStatus.PUBLISHED);
        long teamId = store.inTransaction(() -> store.pageService.save(editor, team));
        PageForm editor1 = new PageForm();
        editor1.setTitle("Editors");
        editor1.setStatus(ContentStatus.PUBLISHED);
        editor1.setParentId(teamId);
        long editorsId = store.inTransaction(() -> store.pageService.save(editor, editor1));
        PageForm writers = new PageForm();
        writers.setTitle("Writers");
        writers.setStatus(ContentStatus.PUBLISHED);
        writers.setParentId(teamId);
        long writersId = store.inTransaction(() -> store.pageService.save(editor, writers));
        assertEquals(
                List.of("Editors", "Writers"),
                store.pages.childrenAt("our-team").stream().map(l -> l.name()).toList());

        store.inTransaction(() -> {
            store.pageService.arrange(editor, writersId, teamId, 0);
            return null;
        });
        assertEquals(
                List.of("Writers", "Editors"),
                store.pages.childrenAt("our-team").stream().map(l -> l.name()).toList());

        store.inTransaction(() -> {
            store.pageService.arrange(editor, editorsId, null, 0);
            return null;
        });
        assertTrue(store.pages.publishedAt("editors").isPresent(), "a top-level page now");
        assertTrue(store.archives.redirectFrom("/our-team/editors/").isPresent(), "the old address is kept");
        InvalidInputException cycle = assertThrows(
                InvalidInputException.class,
                () -> store.inTransaction(() -> {
                    store.pageService.arrange(editor, teamId, writersId, 0);
                    return null;
                }));
        assertEquals("parent", cycle.field());

        PageForm first = store.inTransaction(() -> store.pageService.load(editor, teamId));
        PageForm second = store.inTransaction(() -> store.pageService.load(editor, teamId));
        first.setTitle("The Team");
        store.inTransaction(() -> store.pageService.save(editor, first));
        second.setTitle("Everyone");
        assertThrows(
                EditConflictException.class, () -> store.inTransaction(() -> store.pageService.save(editor, second)));
        assertEquals(
                "The Team", store.pages.publishedAt("our-team").orElseThrow().title());
        assertTrue(store.editorial.pageRows().stream().anyMatch(r -> r.id() == writersId && r.parentId() == teamId));
    }

    @Test
    void menusAreBuiltItemByItemNestedByDraggingAndKeepTheirSubItemsWhenAnItemGoes() {
        Actor admin = actors.get(Role.ADMINISTRATOR);
        String at = "footer";
        assertThrows(
                AccessDeniedException.class,
                () -> store.inTransaction(
                        () -> store.menus.add(actors.get(Role.EDITOR), at, MenuEntry.link("Home", "/"))),
                "menus are theme options, as in WordPress");
        PageForm draft = new PageForm();
        draft.setTitle("Coming Soon");
        draft.setStatus(ContentStatus.DRAFT);
        long draftPage = store.inTransaction(() -> store.pageService.save(admin, draft));
        long category = store.editorial.categories().getFirst().id();
        String categoryName = store.editorial.categories().getFirst().label();
        long person = store.editorial.people().getFirst().id();
        long about = store.inTransaction(() -> store.menus.add(admin, at, MenuEntry.link("About us", "/about/")));
        long topics =
                store.inTransaction(() -> store.menus.add(admin, at, MenuEntry.to(MenuItemKind.CATEGORY, category)));
        long who = store.inTransaction(() -> store.menus.add(
                admin, at, new MenuEntry(MenuItemKind.PERSON, person, "Who we cover", null, List.of())));
        long soon = store.inTransaction(() -> store.menus.add(admin, at, MenuEntry.to(MenuItemKind.PAGE, draftPage)));

        InvalidInputException script = assertThrows(
                InvalidInputException.class,
                () -> store.inTransaction(
                        () -> store.menus.add(admin, at, MenuEntry.link("Click", "javascript:alert(1)"))));
        assertEquals("url", script.field());
        InvalidInputException noText = assertThrows(
                InvalidInputException.class,
                () -> store.inTransaction(
                        () -> store.menus.add(admin, at, MenuEntry.link(" ", "https://example.org/"))));
        assertEquals("label", noText.field());
        assertEquals(
                "target",
                assertThrows(
                                InvalidInputException.class,
                                () -> store.inTransaction(
                                        () -> store.menus.add(admin, at, MenuEntry.to(MenuItemKind.TAG, -1L))))
                        .field());

        store.inTransaction(() -> {
            store.menus.arrange(admin, who, about, 0);
            store.menus.arrange(admin, topics, about, 0);
            return null;
        });
        assertEquals(
                "parent",
                assertThrows(
                                InvalidInputException.class,
                                () -> store.inTransaction(() -> {
                                    store.menus.arrange(admin, about, topics, 0);
                                    return null;
                                }))
                        .field());
        List<MenuNode> menu = store.site.menu(at);
        assertEquals(
                List.of("About us"),
                menu.stream().map(MenuNode::label).toList(),
                "a draft page stays out of the public menu");
        assertEquals(
                List.of(categoryName, "Who we cover"),
                menu.getFirst().children().stream().map(MenuNode::label).toList());
        assertEquals(
                List.of("About us", categoryName, "Who we cover", "Coming Soon"),
                store.menuRows.at(at).stream().map(MenuItemRow::shownLabel).toList(),
                "the builder shows every item, in tree order");
        assertTrue(store.menuRows.at(at).stream()
                .filter(r -> r.id() == soon)
                .findFirst()
                .orElseThrow()
                .hidden());

        store.inTransaction(() -> {
            store.menus.edit(admin, about, "About", "https://example.org/about");
            store.menus.remove(admin, about);
            return null;
        });
        assertEquals(
                List.of(categoryName, "Who we cover"),
                store.site.menu(at).stream().map(MenuNode::label).toList(),
                "the sub-items take the removed item's place");
    }

    private static PostForm form(String title, ContentStatus status) {
        PostForm form = new PostForm();
        form.setTitle(title);
        form.setBody("<p>" + title + "</p>");
        form.setStatus(status);
        return form;
    }

    private ContentStatus status(long id) {
        return store.em
                .createQuery("select p.status from Post p where p.id = :id", ContentStatus.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    @Test
    void apiTokensActForTheirAccountWithTheWeakerRoleUntilRevoked() {
        Actor editor = actors.get(Role.EDITOR);
        var created = store.inTransaction(() -> store.tokens.create(editor, "Newsroom tool", Role.CONTRIBUTOR));
        assertTrue(created.token().startsWith("dossier_") && created.token().length() > 40, created.token());
        assertEquals(
                0L,
                store.em
                        .createQuery("select count(t) from ApiToken t where t.tokenHash = :t", Long.class)
                        .setParameter("t", created.token())
                        .getSingleResult(),
                "the secret itself is not stored");

        var caller = store.inTransaction(() -> store.tokens.authenticate(created.token()))
                .orElseThrow();
        assertEquals(editor.login(), caller.login());
        assertEquals(Role.CONTRIBUTOR, caller.role(), "the token's role, weaker than the account's");
        assertTrue(store.inTransaction(() -> store.tokens.authenticate(created.token() + "x"))
                .isEmpty());
        assertTrue(store.inTransaction(() -> store.tokens.authenticate("Basic abc"))
                .isEmpty());
        assertEquals(
                List.of("Newsroom tool"),
                store.tokens.mine(editor).stream().map(t -> t.name()).toList());
        assertTrue(store.tokens.mine(editor).getFirst().lastUsedAt() != null, "when it was last used");

        var strong = store.inTransaction(() -> store.tokens.create(editor, "Strong", Role.EDITOR));
        store.inTransaction(() -> {
            store.accountAdministration.changeRole(actors.get(Role.ADMINISTRATOR), editor.accountId(), Role.AUTHOR);
            return null;
        });
        assertEquals(
                Role.AUTHOR,
                store.inTransaction(() -> store.tokens.authenticate(strong.token()))
                        .orElseThrow()
                        .role(),
                "an account's lowered role limits its tokens at once");

        assertThrows(
                AccessDeniedException.class,
                () -> store.inTransaction(
                        () -> store.tokens.create(actors.get(Role.AUTHOR), "Too strong", Role.ADMINISTRATOR)));
        assertThrows(
                InvalidInputException.class,
                () -> store.inTransaction(() -> store.tokens.create(editor, " ", Role.AUTHOR)));
        assertThrows(
                NotFoundException.class,
                () -> store.inTransaction(() -> {
                    store.tokens.revoke(actors.get(Role.AUTHOR), created.id());
                    return null;
                }),
                "nobody else's token");

        store.inTransaction(() -> {
            store.tokens.revoke(editor, created.id());
            return null;
        });
        assertTrue(
                store.inTransaction(() -> store.tokens.authenticate(created.token()))
                        .isEmpty(),
                "revoked");
        store.inTransaction(() -> {
            store.accountAdministration.changeRole(actors.get(Role.ADMINISTRATOR), editor.accountId(), Role.EDITOR);
            return null;
        });
    }
}
