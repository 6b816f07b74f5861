package io.dossier.core.persistence;

import io.dossier.core.cache.MembershipQueries;
import io.dossier.core.db.DatabaseConfig;
import io.dossier.core.db.DossierDataSource;
import io.dossier.core.db.Migrations;
import io.dossier.core.demo.DemoContent;
import io.dossier.core.event.ContentChanged;
import io.dossier.core.event.SettingsChanged;
import io.dossier.core.media.MediaFolder;
import io.dossier.core.media.MediaLibrary;
import io.dossier.core.plugin.PluginSettingsStore;
import io.dossier.core.query.ApiQueries;
import io.dossier.core.query.ArchiveQueries;
import io.dossier.core.query.EditorialQueries;
import io.dossier.core.query.ListMemo;
import io.dossier.core.query.MenuRows;
import io.dossier.core.query.PageQueries;
import io.dossier.core.query.PeopleQueries;
import io.dossier.core.query.PostQueries;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.search.SearchDocuments;
import io.dossier.core.search.SearchIndex;
import io.dossier.core.security.ApiTokens;
import io.dossier.core.service.AccountAdministration;
import io.dossier.core.service.AccountService;
import io.dossier.core.service.MenuService;
import io.dossier.core.service.OldAddresses;
import io.dossier.core.service.PageService;
import io.dossier.core.service.PersonService;
import io.dossier.core.service.PostEditing;
import io.dossier.core.service.PostPreview;
import io.dossier.core.service.PostRevisions;
import io.dossier.core.service.PostService;
import io.dossier.core.service.SettingsService;
import io.dossier.core.service.TaxonomyService;
import io.dossier.core.text.HtmlPolicy;
import io.dossier.core.transfer.ImportWriters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Core's services and queries wired by hand on a real database, as CDI wires them in the
 * container: the persistence unit of persistence.xml, run RESOURCE_LOCAL on a counting data source.
 * Public for the web module's tests (through core's test jar), which resolve pages on it.
 */
public final class ContentStore implements AutoCloseable {

    final CountingDataSource dataSource;
    public final EntityManagerFactory emf;
    public final EntityManager em;
    public final SiteQueries site;
    public final PostQueries posts;
    public final PageQueries pages;
    public final ArchiveQueries archives;
    public final PeopleQueries peopleQueries;
    public final PostService postService;
    public final PageService pageService;
    public final TaxonomyService taxonomy;
    public final AccountService accounts;
    /** Without password hashing, which needs the container: enough for roles and deleting accounts. */
    public final AccountAdministration accountAdministration;

    public final SettingsService settings;
    public final DemoContent demo;
    public final PluginSettingsStore pluginSettings;
    public final PostEditing editing;
    public final PostPreview preview;
    public final PostRevisions revisions;
    public final PersonService people;
    public final EditorialQueries editorial;
    public final MenuService menus;
    public final MenuRows menuRows;
    public final ApiQueries api;
    public final ApiTokens tokens;
    final RecordingEvent<ContentChanged> contentEvents;
    public final SearchIndex searchIndex;
    public final ListMemo listMemo;
    public final SearchDocuments searchDocuments;
    /** Held open like the container's pool does: H2 closes a file database when its last connection closes. */
    private final Connection keepAlive;

    public ContentStore(DatabaseConfig config) {
        DossierDataSource raw = new DossierDataSource(config);
        try {
            keepAlive = raw.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test database", e);
        }
        Migrations.migrate(raw);
        dataSource = new CountingDataSource(raw);
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", dataSource);
        props.put("eclipselink.logging.level", "SEVERE");
        emf = Persistence.createEntityManagerFactory("dossier", props);
        em = emf.createEntityManager();
        site = new SiteQueries(em);
        try {
            searchIndex = new SearchIndex(Files.createTempDirectory("dossier-search-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searchDocuments = new SearchDocuments(em);
        listMemo = new ListMemo(new MembershipQueries(em));
        posts = new PostQueries(em, site, searchIndex, listMemo);
        pages = new PageQueries(em);
        archives = new ArchiveQueries(em);
        peopleQueries = new PeopleQueries(em, site, searchIndex);
        contentEvents = new RecordingEvent<>(() -> {
            site.invalidate();
            listMemo.clear();
        });
        RecordingEvent<SettingsChanged> settingsEvents = new RecordingEvent<>(site::invalidate);
        HtmlPolicy html = new HtmlPolicy();
        accounts = new AccountService(em, contentEvents);
        accountAdministration = new AccountAdministration(em, contentEvents, accounts, null);
        taxonomy = new TaxonomyService(em, contentEvents);
        postService = new PostService(em, contentEvents, html);
        pageService = new PageService(em, contentEvents, html);
        settings = new SettingsService(em, settingsEvents);
        editing = new PostEditing(em, contentEvents, html, taxonomy, postService);
        editorial = new EditorialQueries(em);
        preview = new PostPreview(em, posts);
        revisions = new PostRevisions(em, contentEvents, html);
        pluginSettings = new PluginSettingsStore(em, new RecordingEvent<>(() -> {}));
        people = new PersonService(em, contentEvents, html);
        menus = new MenuService(em, settingsEvents);
        menuRows = new MenuRows(em);
        api = new ApiQueries(em, posts, site, searchIndex);
        tokens = new ApiTokens(em);
        demo = new DemoContent(accounts, taxonomy, people, pageService, postService, menus, settings, pluginSettings);
    }

    /**
     * Runs {@code work} in a transaction, as {@code @Transactional} does in the container, where the
     * persistence context ends with the transaction: so does this one, nothing stays managed across.
     */
    public <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.clear();
        }
    }

    /** Fills the search index from the database, as bin/dossier reindex does. */
    public void reindex() {
        searchIndex.clear();
        searchDocuments.all(slice -> searchIndex.update(slice, List.of()));
    }

    /** How many SQL statements {@code work} sends to the database. */
    int statementsFor(Runnable work) {
        em.clear();
        dataSource.reset();
        work.run();
        return dataSource.statements();
    }

    @Override
    public void close() {
        searchIndex.close();
        em.close();
        emf.close();
        try {
            keepAlive.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The write services an import goes through, as the container gives them, with files in {@code media}. */
    ImportWriters writers(Path media) {
        return new ImportWriters(
                accounts,
                people,
                taxonomy,
                new MediaLibrary(em, new MediaFolder(media)),
                postService,
                pageService,
                menus,
                new OldAddresses(em, contentEvents));
    }
}
