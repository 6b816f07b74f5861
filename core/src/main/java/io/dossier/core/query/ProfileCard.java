package io.dossier.core.query;

import io.dossier.core.vocabulary.PersonKind;

/** A person or organisation as named in a post: credited with a role, or mentioned by a tag. */
public record ProfileCard(
        String name, String url, PersonKind kind, String roleTitle, String photoUrl, String roleInPost) {}
