package io.dossier.core.query;

import io.dossier.core.vocabulary.PersonKind;
import java.util.List;

/** A person's or organisation's profile; {@code bioHtml} was sanitized when stored. */
public record ProfileDetail(
        long id,
        String name,
        String slug,
        PersonKind kind,
        String roleTitle,
        String bioHtml,
        String photoUrl,
        List<Link> links,
        String url) {}
