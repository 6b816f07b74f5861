package io.dossier.core.model;

import io.dossier.core.text.Excerpts;
import io.dossier.core.vocabulary.ContentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/** What posts and pages share: title, slug, HTML body, excerpt, status, publication time, author. */
@MappedSuperclass
public abstract class Content extends BaseEntity {

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String slug;

    private String body;
    private String excerpt;
    /** Plain-text teaser derived on save, so list pages never load bodies. */
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContentStatus status = ContentStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private UserAccount author;
    /**
     * The author's id as a plain column, read-only, for list queries: selecting {@code author.id}
     * makes EclipseLink join the accounts, and the join made H2 sort every public post.
     */
    @Column(name = "author_id", insertable = false, updatable = false)
    private Long authorId;
    /** The WordPress ID this item had before import, for {@code /?p=ID} links. */
    @Column(name = "legacy_id")
    private Long legacyId;

    @PrePersist
    @PreUpdate
    void deriveSummary() {
        summary = Excerpts.summary(excerpt, body);
    }

    public boolean isPublicAt(Instant now) {
        return status.isPublicAt(publishedAt, now);
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

    public String getSummary() {
        return summary;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public void setStatus(ContentStatus status) {
        this.status = status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public void setAuthor(UserAccount author) {
        this.author = author;
    }

    public Long getLegacyId() {
        return legacyId;
    }

    public void setLegacyId(Long legacyId) {
        this.legacyId = legacyId;
    }
}
