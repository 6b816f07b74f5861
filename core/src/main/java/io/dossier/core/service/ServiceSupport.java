package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.media.MediaTypes;
import io.dossier.core.model.Media;
import io.dossier.core.model.PathRedirect;
import io.dossier.core.model.Post;
import io.dossier.core.model.SiteSettings;
import io.dossier.core.support.FieldRules;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.support.NotFoundException;
import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.ContentKind;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;

/** What every write service needs: the persistence context and the change event. */
abstract class ServiceSupport {

    protected EntityManager em;
    private Event<ContentChanged> changes;

    protected ServiceSupport() {
        // for CDI proxies
    }

    protected ServiceSupport(EntityManager em, Event<ContentChanged> changes) {
        this.em = em;
        this.changes = changes;
    }

    protected void changed(ContentKind kind, long id) {
        changes.fire(new ContentChanged(kind, id));
    }

    /** Whether any {@code entity} row has {@code field} equal to {@code value}. */
    protected boolean exists(String entity, String field, Object value) {
        return !em.createQuery("select e.id from " + entity + " e where e." + field + " = :v", Long.class)
                .setParameter("v", value)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** What a form field holds: null when left blank, otherwise without surrounding spaces. */
    protected static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The site's time zone, in which post addresses are dated. */
    protected ZoneId zone() {
        return ZoneId.of(em.find(SiteSettings.class, SiteSettings.ID).getTimeZone());
    }

    /** A post's address, or null while it has no publication date. */
    protected String permalink(Post post) {
        return post.getPublishedAt() == null ? null : Permalinks.post(post.getPublishedAt(), post.getSlug(), zone());
    }

    /** The library image a post shows (null: none); a document or a deleted item is the editor's error. */
    protected Media libraryImage(Long mediaId, String field) {
        Media media = mediaId == null ? null : em.find(Media.class, mediaId);
        if (mediaId != null && media == null) {
            throw new InvalidInputException(field, "The chosen image is no longer in the library; choose another");
        }
        if (media != null && !MediaTypes.isImage(media.getMimeType())) {
            throw new InvalidInputException(
                    field, media.getFileName() + " is a document, not an image; choose an image");
        }
        return media;
    }

    /**
     * Sets how a post presents itself to search engines and social sites, and its images, under the
     * editor's rules for every writer: lengths, a web address or site path, library images only.
     */
    protected void presentation(
            Post post, String seoTitle, String seoDescription, String canonicalUrl, Long featuredId, Long socialId) {
        post.setSeoTitle(FieldRules.limited("seoTitle", seoTitle, FieldRules.SEO_TITLE));
        post.setSeoDescription(FieldRules.limited("seoDescription", seoDescription, FieldRules.SEO_DESCRIPTION));
        post.setCanonicalUrl(FieldRules.link(
                "canonicalUrl",
                canonicalUrl,
                "The canonical address must be a web address (https://…) or a path on this site"));
        post.setFeaturedMedia(libraryImage(featuredId, "featured"));
        post.setSocialMedia(libraryImage(socialId, "socialImage"));
    }

    /** {@code oldPath} answers 301 to the content unless it already answers for something; says whether it was added. */
    protected boolean keepOldAddress(String oldPath, ContentKind kind, long id) {
        if (exists("PathRedirect", "oldPath", oldPath)) {
            return false;
        }
        em.persist(new PathRedirect(oldPath, kind, id));
        return true;
    }

    protected <T> T require(Class<T> type, Long id) {
        T entity = id == null ? null : em.find(type, id);
        if (entity == null) {
            throw new NotFoundException(type.getSimpleName() + " " + id + " does not exist");
        }
        return entity;
    }
}
