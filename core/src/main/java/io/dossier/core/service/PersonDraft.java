package io.dossier.core.service;

import io.dossier.core.vocabulary.PersonKind;
import java.util.List;

/** What it takes to create a person or organisation profile; a blank slug is made from the name. */
public record PersonDraft(
        String name,
        String slug,
        PersonKind kind,
        String roleTitle,
        String bioHtml,
        String photoUrl,
        List<LinkDraft> links) {

    /** A labelled profile link. */
    public record LinkDraft(String label, String url) {}
}
