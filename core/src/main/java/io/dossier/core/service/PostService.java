package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.model.Category;
import io.dossier.core.model.PathRedirect;
import io.dossier.core.model.Person;
import io.dossier.core.model.Post;
import io.dossier.core.model.SiteSettings;
import io.dossier.core.model.Tag;
import io.dossier.core.model.UserAccount;
import io.dossier.core.text.HtmlPolicy;
import io.dossier.core.text.Slugs;
import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.ContentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneId;

/** Creating posts and changing their address. */
@ApplicationScoped
@Transactional
public class PostService extends ServiceSupport {

    private HtmlPolicy html;

    protected PostService() {}

    @Inject
    public PostService(EntityManager em, Event<ContentChanged> changes, HtmlPolicy html) {
        super(em, changes);
        this.html = html;
    }

    public long create(PostDraft draft) {
        Post post = new Post();
        post.setTitle(draft.title());
        String base = Slugs.requestedOrFromTitle(draft.slug(), draft.title());
        post.setSlug(Slugs.unique(base, s -> exists("Post", "slug", s)));
        post.setBody(html.sanitize(draft.bodyHtml()));
        post.setExcerpt(draft.excerpt());
        post.setStatus(draft.status());
        post.setPublishedAt(draft.publishedAt());
        post.setAuthor(require(UserAccount.class, draft.authorId()));
        draft.categoryIds().forEach(id -> post.fileUnder(require(Category.class, id)));
        draft.tagIds().forEach(id -> post.tag(require(Tag.class, id)));
        // A byline without a role is a plain name, as in the editor (the column holds "" then, never null).
        draft.credits()
                .forEach(c -> post.credit(
                        require(Person.class, c.personId()),
                        c.role() == null ? "" : c.role().strip()));
        em.persist(post);
        em.flush();
        changed(ContentKind.POST, post.getId());
        return post.getId();
    }

    /**
     * Gives a post a new slug. Its old URL keeps working: it answers 301 to the new one, as
     * WordPress does with {@code _wp_old_slug}.
     */
    public String rename(long postId, String newSlug) {
        Post post = require(Post.class, postId);
        String slug = Slugs.slugify(newSlug);
        if (slug.equals(post.getSlug())) {
            return slug;
        }
        slug = Slugs.unique(slug, s -> exists("Post", "slug", s));
        if (post.getPublishedAt() != null) {
            ZoneId zone = ZoneId.of(em.find(SiteSettings.class, SiteSettings.ID).getTimeZone());
            String oldPath = Permalinks.post(post.getPublishedAt(), post.getSlug(), zone);
            em.createQuery("delete from PathRedirect r where r.oldPath = :path")
                    .setParameter("path", Permalinks.post(post.getPublishedAt(), slug, zone))
                    .executeUpdate();
            if (!exists("PathRedirect", "oldPath", oldPath)) {
                em.persist(new PathRedirect(oldPath, ContentKind.POST, postId));
            }
        }
        post.setSlug(slug);
        em.flush();
        changed(ContentKind.POST, postId);
        return slug;
    }
}
