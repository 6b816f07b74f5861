package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.model.ContentKind;
import io.dossier.core.model.Page;
import io.dossier.core.model.PathRedirect;
import io.dossier.core.model.UserAccount;
import io.dossier.core.text.Slugs;
import io.dossier.core.url.Permalinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Creating pages and moving them in the tree, keeping every path and old URL working. */
@ApplicationScoped
@Transactional
public class PageService extends ServiceSupport {

    private HtmlPolicy html;

    protected PageService() {
    }

    @Inject
    public PageService(EntityManager em, Event<ContentChanged> changes, HtmlPolicy html) {
        super(em, changes);
        this.html = html;
    }

    public long create(PageDraft draft) {
        Page page = new Page();
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

    /** Chooses a slug free among the page's siblings and clear of routes, and derives the path. */
    private void place(Page page, String base) {
        String prefix = page.getParent() == null ? "" : page.getParent().getPath() + "/";
        if (page.getParent() == null && Slugs.clashesWithRoutes(base)) {
            base = base + "-2";
        }
        String slug = Slugs.unique(base, s -> !(prefix + s).equals(page.getPath()) && exists("Page", "path", prefix + s));
        page.setSlug(slug);
        page.setPath(prefix + slug);
    }

    /** Rewrites the paths of the page's descendants and records redirects from every old path. */
    private void repath(Page page, String oldPath) {
        redirect(oldPath, page);
        List<Page> descendants = em.createQuery("select p from Page p where p.path like :prefix", Page.class)
                .setParameter("prefix", oldPath + "/%").getResultList();
        for (Page d : descendants) {
            String old = d.getPath();
            d.setPath(page.getPath() + old.substring(oldPath.length()));
            redirect(old, d);
        }
    }

    private void redirect(String oldPath, Page page) {
        String from = Permalinks.page(oldPath);
        em.createQuery("delete from PathRedirect r where r.oldPath = :path")
                .setParameter("path", Permalinks.page(page.getPath())).executeUpdate();
        if (!exists("PathRedirect", "oldPath", from)) {
            em.persist(new PathRedirect(from, ContentKind.PAGE, page.getId()));
        }
    }
}
