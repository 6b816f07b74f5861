package io.dossier.core.query;

/** A category or tag as the API lists it ({@code parentId} null for tags and top categories), read by a JPQL constructor expression. */
public record TermRow(long id, String name, String slug, String description, Long parentId) {

    /** A tag's row: tags have no parent. */
    public TermRow(long id, String name, String slug, String description) {
        this(id, name, slug, description, null);
    }
}
