package io.dossier.core.transfer;

/** A category or tag as the exports write it ({@code parentId} null for tags and top categories), read by a JPQL constructor expression. */
public record ExportedTerm(long id, String slug, String name, String description, Long parentId) {

    /** A tag's row: tags have no parent. */
    public ExportedTerm(long id, String slug, String name, String description) {
        this(id, slug, name, description, null);
    }
}
