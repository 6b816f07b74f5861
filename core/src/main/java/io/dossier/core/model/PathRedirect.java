package io.dossier.core.model;

import io.dossier.core.vocabulary.ContentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A public path that used to show some content and now answers 301 to its current URL. */
@Entity
@Table(name = "path_redirect")
public class PathRedirect extends BaseEntity {

    @Column(name = "old_path", nullable = false, unique = true)
    private String oldPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    private ContentKind targetKind;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    protected PathRedirect() {}

    public PathRedirect(String oldPath, ContentKind targetKind, long targetId) {
        this.oldPath = oldPath;
        this.targetKind = targetKind;
        this.targetId = targetId;
    }

    public String getOldPath() {
        return oldPath;
    }

    public ContentKind getTargetKind() {
        return targetKind;
    }

    public long getTargetId() {
        return targetId;
    }
}
