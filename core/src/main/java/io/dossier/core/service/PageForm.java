package io.dossier.core.service;

import io.dossier.core.vocabulary.ContentStatus;
import java.io.Serializable;

/** A page as an editor changes it: plain data, no entity; {@code version} is the one it was opened at. */
public class PageForm implements Serializable {

    private Long id;
    private long version;
    private String title;
    private String slug;
    private String body;
    private ContentStatus status = ContentStatus.DRAFT;
    private Long parentId;
    /** Where readers find the page once published; shown, never saved. */
    private String permalink;

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

    public ContentStatus getStatus() {
        return status;
    }

    public void setStatus(ContentStatus status) {
        this.status = status;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getPermalink() {
        return permalink;
    }

    public void setPermalink(String permalink) {
        this.permalink = permalink;
    }
}
