package io.dossier.core.query;

import java.util.List;

/** A post related to another, its score, and the names they share ("Jane Doe", "Example Org", "Sanctions"). */
public record RelatedPost(PostHeadline post, int score, List<String> shared) {}
