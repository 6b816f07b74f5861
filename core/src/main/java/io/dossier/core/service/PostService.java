package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.model.Category;
import io.dossier.core.model.Person;
import io.dossier.core.model.Post;
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
        return create(draft, PostExtras.NONE).id();
    }

    /** Creates a post with what an import carries beyond the draft; answers what it wrote. */
    public SavedPost create(PostDraft draft, PostExtras extras) {
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
        post.setLegacyId(extras.legacyId());
        post.setSticky(extras.sticky());
        presentation(
                post,
                extras.seoTitle(),
                extras.seoDescription(),
                extras.canonicalUrl(),
                extras.featuredMediaId(),
                extras.socialMediaId());
        em.persist(post);
        em.flush();
        changed(ContentKind.POST, post.getId());
        return new SavedPost(post.getId(), post.getVersion(), post.getStatus(), post.getSlug(), permalink(post));
    }

    /** Gives a post its featured image unless it has one (an import's image may come after its post). */
    public void featureIfNone(long postId, long mediaId) {
        Post post = require(Post.class, postId);
        if (post.getFeaturedMedia() == null) {
            post.setFeaturedMedia(libraryImage(mediaId, "featured"));
            changed(ContentKind.POST, postId);
        }
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
            String oldPath = permalink(post);
            em.createQuery("delete from PathRedirect r where r.oldPath = :path")
                    .setParameter("path", Permalinks.post(post.getPublishedAt(), slug, zone()))
                    .executeUpdate();
            keepOldAddress(oldPath, ContentKind.POST, postId);
        }
        post.setSlug(slug);
        em.flush();
        changed(ContentKind.POST, postId);
        return slug;
    }
}
