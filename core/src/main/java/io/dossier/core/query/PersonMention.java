package io.dossier.core.query;

import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.PersonKind;

/** A row of {@link PeopleQueries#inPosts}: a person a post credits or names, read by a JPQL constructor expression. */
public record PersonMention(
        long postId,
        long personId,
        String name,
        String slug,
        PersonKind kind,
        String roleTitle,
        String photoUrl,
        String role) {

    ProfileCard card() {
        return new ProfileCard(name, Permalinks.profile(kind, slug), kind, roleTitle, photoUrl, role);
    }
}
