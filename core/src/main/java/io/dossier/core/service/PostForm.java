package io.dossier.core.service;

import io.dossier.core.vocabulary.ContentStatus;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A post as an editor sees and changes it: plain data, no entity. {@code version} is the version
 * the editor started from; saving against a newer one is a conflict. {@code publishAt} is in the
 * site's time zone, as editors think of it.
 */
public class PostForm implements Serializable {

    private Long id;
    private long version;
    private String title;
    private String slug;
    private String body;
    private String excerpt;
    private ContentStatus status = ContentStatus.DRAFT;
    private LocalDateTime publishAt;
    private String authorName;
    private List<Long> categoryIds = new ArrayList<>();
    private List<String> tagNames = new ArrayList<>();
    private List<CreditLine> credits = new ArrayList<>();
    private boolean sticky;
    /** The library image shown above the post and in its social cards, or null. */
    private Long featuredMediaId;
    /** Search and social overrides; blank: derived from the post. */
    private String seoTitle;

    private String seoDescription;
    private String canonicalUrl;
    private Long socialMediaId;
    /** Where readers find the post, once it has a publication time; shown, never saved. */
    private String permalink;

    /** One byline entry being edited. */
    public static class CreditLine implements Serializable {
        private Long personId;
        private String role;

        public CreditLine() {}

        public CreditLine(Long personId, String role) {
            this.personId = personId;
            this.role = role;
        }

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public void setExcerpt(String excerpt) {
        this.excerpt = excerpt;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public void setStatus(ContentStatus status) {
        this.status = status;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public List<Long> getCategoryIds() {
        return categoryIds;
    }

    public void setCategoryIds(List<Long> categoryIds) {
        this.categoryIds = categoryIds;
    }

    public List<String> getTagNames() {
        return tagNames;
    }

    public void setTagNames(List<String> tagNames) {
        this.tagNames = tagNames;
    }

    public String getSeoTitle() {
        return seoTitle;
    }

    public void setSeoTitle(String seoTitle) {
        this.seoTitle = seoTitle;
    }

    public String getSeoDescription() {
        return seoDescription;
    }

    public void setSeoDescription(String seoDescription) {
        this.seoDescription = seoDescription;
    }

    public String getCanonicalUrl() {
        return canonicalUrl;
    }

    public void setCanonicalUrl(String canonicalUrl) {
        this.canonicalUrl = canonicalUrl;
    }

    public Long getSocialMediaId() {
        return socialMediaId;
    }

    public void setSocialMediaId(Long socialMediaId) {
        this.socialMediaId = socialMediaId;
    }

    public Long getFeaturedMediaId() {
        return featuredMediaId;
    }

    public void setFeaturedMediaId(Long featuredMediaId) {
        this.featuredMediaId = featuredMediaId;
    }

    public List<CreditLine> getCredits() {
        return credits;
    }

    public void setCredits(List<CreditLine> credits) {
        this.credits = credits;
    }

    public String getPermalink() {
        return permalink;
    }

    public void setPermalink(String permalink) {
        this.permalink = permalink;
    }

    public boolean isSticky() {
        return sticky;
    }

    public void setSticky(boolean sticky) {
        this.sticky = sticky;
    }
}
