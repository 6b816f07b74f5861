package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.model.Page;
import io.dossier.core.model.UserAccount;
import io.dossier.core.security.Actor;
import io.dossier.core.security.Capability;
import io.dossier.core.support.EditConflictException;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.text.HtmlPolicy;
import io.dossier.core.text.Slugs;
import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.ContentKind;
import io.dossier.core.vocabulary.ContentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Creating pages and moving them in the tree, keeping every path and old URL working. */
@ApplicationScoped
@Transactional
public class PageService extends ServiceSupport {

    private HtmlPolicy html;

    protected PageService() {}

    @Inject
    public PageService(EntityManager em, Event<ContentChanged> changes, HtmlPolicy html) {
        super(em, changes);
        this.html = html;
    }

    public long create(PageDraft draft) {
        return create(draft, null);
    }

    /** Creates a page moved from another site, keeping its id there ({@code legacyId}, null: none). */
    public long create(PageDraft draft, Long legacyId) {
        Page page = new Page();
        page.setLegacyId(legacyId);
        page.setTitle(draft.title());
        page.setParent(draft.parentId() == null ? null : require(Page.class, draft.parentId()));
        String base = Slugs.requestedOrFromTitle(draft.slug(), draft.title());
        place(page, base);
        page.setBody(html.sanitize(draft.bodyHtml()));
        page.setExcerpt(draft.excerpt());
        page.setStatus(draft.status());
        page.setPublishedAt(draft.publishedAt());
        page.setAuthor(require(UserAccount.class, draft.authorId()));
        page.setMenuOrder(draft.menuOrder());
        em.persist(page);
        em.flush();
        changed(ContentKind.PAGE, page.getId());
        return page.getId();
    }

    /** Moves a page under {@code newParentId} (null: top level) with {@code newSlug}; old URLs answer 301. */
    public String move(long pageId, Long newParentId, String newSlug) {
        Page page = require(Page.class, pageId);
        Page parent = newParentId == null ? null : require(Page.class, newParentId);
        for (Page p = parent; p != null; p = p.getParent()) {
            if (p.getId() == pageId) {
                throw new IllegalArgumentException("A page cannot move under itself or its own sub-page");
            }
        }
        String oldPath = page.getPath();
        page.setParent(parent);
        place(page, Slugs.slugify(newSlug));
        if (!oldPath.equals(page.getPath())) {
            repath(page, oldPath);
        }
        em.flush();
        changed(ContentKind.PAGE, pageId);
        return page.getPath();
    }

    public PageForm load(Actor actor, long id) {
        actor.require(Capability.EDIT_PAGES, "edit pages");
        Page page = require(Page.class, id);
        PageForm form = new PageForm();
        form.setId(page.getId());
        form.setVersion(page.getVersion());
        form.setTitle(page.getTitle());
        form.setSlug(page.getSlug());
        form.setBody(page.getBody());
        form.setStatus(page.getStatus());
        form.setParentId(page.getParent() == null ? null : page.getParent().getId());
        form.setPermalink(Permalinks.page(page.getPath()));
        return form;
    }

    /**
     * Creates or updates a page (draft or published now); a new parent or slug moves it with its
     * sub-pages and leaves redirects. A page changed by someone else meanwhile is a conflict.
     */
    public long save(Actor actor, PageForm form) {
        actor.require(Capability.EDIT_PAGES, "edit pages");
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            throw new InvalidInputException("title", "A page needs a title");
        }
        ContentStatus status = form.getStatus() == null ? ContentStatus.DRAFT : form.getStatus();
        if (status != ContentStatus.DRAFT && status != ContentStatus.PUBLISHED && status != ContentStatus.PRIVATE) {
            throw new InvalidInputException("status", "A page is a draft, published or private");
        }
        if (form.isNew()) {
            int last = siblings(form.getParentId()).stream()
                    .mapToInt(Page::getMenuOrder)
                    .max()
                    .orElse(0);
            return create(new PageDraft(
                    form.getTitle().strip(),
                    form.getSlug(),
                    form.getBody(),
                    null,
                    status,
                    status == ContentStatus.DRAFT ? null : Instant.now(),
                    actor.accountId(),
                    form.getParentId(),
                    last + 1));
        }
        Page page = require(Page.class, form.getId());
        if (page.getVersion() != form.getVersion()) {
            throw new EditConflictException("Someone else saved this page while you were editing it.");
        }
        page.setTitle(form.getTitle().strip());
        page.setBody(html.sanitize(form.getBody()));
        if (status != ContentStatus.DRAFT && page.getPublishedAt() == null) {
            page.setPublishedAt(Instant.now());
        }
        page.setStatus(status);
        em.lock(page, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Long parent = page.getParent() == null ? null : page.getParent().getId();
        String slug =
                form.getSlug() == null || form.getSlug().isBlank() ? page.getSlug() : Slugs.slugify(form.getSlug());
        if (!Objects.equals(parent, form.getParentId()) || !slug.equals(page.getSlug())) {
            checkedMove(page.getId(), form.getParentId(), slug);
        }
        em.flush();
        changed(ContentKind.PAGE, page.getId());
        return page.getId();
    }

    /**
     * Puts a page under {@code parentId} (null: top level) at position {@code index} among its new
     * siblings, as dragged in the page tree; its address and its sub-pages' follow, with redirects.
     */
    public void arrange(Actor actor, long pageId, Long parentId, int index) {
        actor.require(Capability.EDIT_PAGES, "arrange pages");
        Page page = require(Page.class, pageId);
        Long current = page.getParent() == null ? null : page.getParent().getId();
        if (!Objects.equals(current, parentId)) {
            checkedMove(pageId, parentId, page.getSlug());
        }
        List<Page> siblings = new ArrayList<>(
                siblings(parentId).stream().filter(p -> p.getId() != pageId).toList());
        siblings.add(Math.max(0, Math.min(index, siblings.size())), page);
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).setMenuOrder(i + 1);
        }
        em.flush();
        changed(ContentKind.PAGE, pageId);
    }

    /** The pages under {@code parentId} (null: the top level), in menu order. */
    private List<Page> siblings(Long parentId) {
        TypedQuery<Page> query = em.createQuery(
                "select p from Page p where " + (parentId == null ? "p.parent is null" : "p.parent.id = :parent")
                        + " order by p.menuOrder, p.title",
                Page.class);
        if (parentId != null) {
            query.setParameter("parent", parentId);
        }
        return query.getResultList();
    }

    private void checkedMove(long pageId, Long parentId, String slug) {
        try {
            move(pageId, parentId, slug);
        } catch (IllegalArgumentException underItself) {
            throw new InvalidInputException("parent", underItself.getMessage());
        }
    }

    /** Chooses a slug free among the page's siblings and clear of routes, and derives the path. */
    private void place(Page page, String base) {
        String prefix = page.getParent() == null ? "" : page.getParent().getPath() + "/";
        if (page.getParent() == null && Slugs.clashesWithRoutes(base)) {
            base = base + "-2";
        }
        String slug =
                Slugs.unique(base, s -> !(prefix + s).equals(page.getPath()) && exists("Page", "path", prefix + s));
        page.setSlug(slug);
        page.setPath(prefix + slug);
    }

    /** Rewrites the paths of the page's descendants and records redirects from every old path. */
    private void repath(Page page, String oldPath) {
        redirect(oldPath, page);
        List<Page> descendants = em.createQuery("select p from Page p where p.path like :prefix", Page.class)
                .setParameter("prefix", oldPath + "/%")
                .getResultList();
        for (Page d : descendants) {
            String old = d.getPath();
            d.setPath(page.getPath() + old.substring(oldPath.length()));
            redirect(old, d);
        }
    }

    private void redirect(String oldPath, Page page) {
        String from = Permalinks.page(oldPath);
        em.createQuery("delete from PathRedirect r where r.oldPath = :path")
                .setParameter("path", Permalinks.page(page.getPath()))
                .executeUpdate();
        keepOldAddress(from, ContentKind.PAGE, page.getId());
    }
}
