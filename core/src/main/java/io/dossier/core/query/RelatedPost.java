package io.dossier.core.query;

import java.util.List;

/** A post related to another, with the names they share ("Jane Doe", "Example Org", "Sanctions"). */
public record RelatedPost(PostHeadline post, List<String> shared) {
}
