package io.dossier.core.query;

import io.dossier.core.vocabulary.PersonKind;

/** A byline entry of a post, read by a JPQL constructor expression. */
public record PostCredit(long postId, String name, String slug, PersonKind kind, String role) {

    CreditLine line() {
        return new CreditLine(name, slug, kind, role);
    }
}
