package io.dossier.core.search;

import java.util.List;
import java.util.Map;

/**
 * One page of search results: post ids best first, how many match in all, and for each id a
 * highlighted snippet (HTML: the text escaped, matched words in {@code <mark>}), when its body matched.
 */
public record SearchHits(List<Long> ids, long total, Map<Long, String> snippets) {}
