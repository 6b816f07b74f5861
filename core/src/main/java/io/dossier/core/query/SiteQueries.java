package io.dossier.core.query;

import io.dossier.core.event.CommitOrder;
import io.dossier.core.event.ContentCommitted;
import io.dossier.core.model.SiteSettings;
import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.ContentStatus;
import io.dossier.core.vocabulary.MenuItemKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What every public page needs besides its own content: settings, menus and the category tree.
 * Held in memory and dropped whenever content or settings change, so a page view costs no
 * queries for its frame.
 */
@ApplicationScoped
public class SiteQueries {

    /** The statuses readers never see: the complement of published and scheduled. */
    static final Set<ContentStatus> HIDDEN = EnumSet.complementOf(EnumSet.copyOf(ContentStatus.PUBLIC));

    /**
     * JPQL for "content {@code p} is public now" ({@link ContentStatus#isPublicAt} in a query):
     * bind {@code :hidden} to {@link #HIDDEN} and {@code :now} to the current instant. Written as
     * "not in" the hidden statuses on purpose: H2 then takes the (published_at desc, id desc) index for the
     * range and reads it in order, so a newest-first page stops after its rows instead of sorting
     * every public post ("status in" makes it pick the status as index condition and sort).
     */
    static final String VISIBLE = "p.status not in :hidden and p.publishedAt <= :now";

    private EntityManager em;
    private volatile SiteInfo site;
    private volatile CategoryTree categories;
    private final Map<String, List<MenuNode>> menus = new ConcurrentHashMap<>();

    protected SiteQueries() {
        // for CDI proxies
    }

    @Inject
    public SiteQueries(EntityManager em) {
        this.em = em;
    }

    public SiteInfo site() {
        SiteInfo current = site;
        if (current == null) {
            SiteSettings s = em.find(SiteSettings.class, SiteSettings.ID);
            ZoneId zone = ZoneId.of(s.getTimeZone());
            String footer = s.getFooterText() == null
                    ? ""
                    : s.getFooterText()
                            .replace("{year}", String.valueOf(Year.now(zone).getValue()));
            current = new SiteInfo(
                    s.getTitle(),
                    s.getTagline(),
                    footer,
                    s.getPostsPerPage(),
                    zone,
                    s.getBaseUrl(),
                    s.getInstalledAt(),
                    s.getFeedItems(),
                    s.getRobotsTxt(),
                    s.getWebsubHub(),
                    s.getHostAliases());
            site = current;
        }
        return current;
    }

    public CategoryTree categories() {
        CategoryTree current = categories;
        if (current == null) {
            List<CategoryTree.Node> nodes = em.createQuery(
                            "select new io.dossier.core.query.CategoryTree$Node(c.id, c.slug, c.name, parent.id)"
                                    + " from Category c left join c.parent parent",
                            CategoryTree.Node.class)
                    .getResultList();
            current = new CategoryTree(nodes);
            categories = current;
        }
        return current;
    }

    /** The menu at a theme location, resolved to labels and URLs; empty when none is assigned. */
    public List<MenuNode> menu(String location) {
        return menus.computeIfAbsent(location, this::loadMenu);
    }

    public void invalidate() {
        site = null;
        categories = null;
        menus.clear();
    }

    void onCommitted(@Observes @Priority(CommitOrder.MEMOS) ContentCommitted committed) {
        if (!committed.changes().isEmpty() || committed.settingsChanged()) {
            invalidate();
        }
    }

    private List<MenuNode> loadMenu(String location) {
        List<StoredMenuItem> rows = em.createQuery("""
                        select new io.dossier.core.query.StoredMenuItem(i.id, parent.id, i.kind, i.targetId, i.label, i.url)
                        from MenuItem i left join i.parent parent where i.menu.location = :location
                        order by i.position, i.id""", StoredMenuItem.class)
                .setParameter("location", location)
                .getResultList();
        Map<MenuItemKind, Map<Long, Link>> targets = resolveTargets(rows);

        Map<Long, List<Long>> childIds = new LinkedHashMap<>();
        Map<Long, StoredMenuItem> byId = new HashMap<>();
        List<Long> roots = new ArrayList<>();
        for (StoredMenuItem row : rows) {
            Long id = row.id();
            byId.put(id, row);
            Long parent = row.parentId();
            if (parent == null) {
                roots.add(id);
            } else {
                childIds.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
            }
        }
        return build(roots, byId, childIds, targets);
    }

    private List<MenuNode> build(
            List<Long> ids,
            Map<Long, StoredMenuItem> byId,
            Map<Long, List<Long>> childIds,
            Map<MenuItemKind, Map<Long, Link>> targets) {
        List<MenuNode> nodes = new ArrayList<>();
        for (Long id : ids) {
            StoredMenuItem row = byId.get(id);
            MenuItemKind kind = row.kind();
            String label = row.label();
            String url;
            if (kind == MenuItemKind.URL) {
                url = row.url();
            } else {
                Link target = targets.getOrDefault(kind, Map.of()).get(row.targetId());
                if (target == null) {
                    continue; // target deleted or not public: drop the item, keep the menu working
                }
                url = target.url();
                label = label == null || label.isBlank() ? target.name() : label;
            }
            nodes.add(new MenuNode(label, url, build(childIds.getOrDefault(id, List.of()), byId, childIds, targets)));
        }
        return List.copyOf(nodes);
    }

    /** One query per kind of target present, never one per item. */
    private Map<MenuItemKind, Map<Long, Link>> resolveTargets(List<StoredMenuItem> rows) {
        Map<MenuItemKind, List<Long>> ids = new HashMap<>();
        for (StoredMenuItem row : rows) {
            if (row.targetId() != null) {
                ids.computeIfAbsent(row.kind(), k -> new ArrayList<>()).add(row.targetId());
            }
        }
        Map<MenuItemKind, Map<Long, Link>> links = new HashMap<>();
        ids.forEach((kind, targetIds) -> links.put(
                kind,
                switch (kind) {
                    case PAGE ->
                        linksOf(
                                em.createQuery("""
                    select new io.dossier.core.query.SlugRow(p.id, p.title, p.path) from Page p
                    where p.id in :ids and p.status not in :hidden and p.publishedAt <= :now""", SlugRow.class)
                                        .setParameter("ids", targetIds)
                                        .setParameter("hidden", HIDDEN)
                                        .setParameter("now", Instant.now())
                                        .getResultList(),
                                Permalinks::page);
                    case CATEGORY -> {
                        Map<Long, Link> map = new HashMap<>();
                        targetIds.forEach(id -> categories()
                                .byId(id)
                                .ifPresent(n -> map.put(id, categories().link(id))));
                        yield map;
                    }
                    case TAG ->
                        linksOf(
                                em.createQuery(
                                                "select new io.dossier.core.query.SlugRow(t.id, t.name, t.slug)"
                                                        + " from Tag t where t.id in :ids",
                                                SlugRow.class)
                                        .setParameter("ids", targetIds)
                                        .getResultList(),
                                Permalinks::tag);
                    case PERSON ->
                        linksOf(
                                em.createQuery(
                                                "select new io.dossier.core.query.SlugRow(p.id, p.name, p.slug)"
                                                        + " from Person p where p.id in :ids",
                                                SlugRow.class)
                                        .setParameter("ids", targetIds)
                                        .getResultList(),
                                Permalinks::person);
                    case URL -> Map.of();
                }));
        return links;
    }

    /** Links by id; {@code url} makes the address from the row's slug (a page's path). */
    private static Map<Long, Link> linksOf(List<SlugRow> rows, Function<String, String> url) {
        Map<Long, Link> map = new HashMap<>();
        for (SlugRow row : rows) {
            map.put(row.id(), new Link(row.name(), url.apply(row.slug())));
        }
        return map;
    }
}
