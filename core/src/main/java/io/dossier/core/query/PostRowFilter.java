package io.dossier.core.query;

import io.dossier.core.vocabulary.ContentStatus;
import java.io.Serializable;

/**
 * What the admin's post table is narrowed to; null means "any". A null status shows every post
 * except trashed ones, as WordPress's "All" does.
 */
public record PostRowFilter(ContentStatus status, Long authorId, Long categoryId, Long tagId, String text)
        implements Serializable {

    public static final PostRowFilter ALL = new PostRowFilter(null, null, null, null, null);
}
