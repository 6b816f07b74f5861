package io.dossier.core.plugin;

import io.dossier.core.spi.Related;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Merges related-post suggestions of several providers: scores of one post add up, reasons are joined. */
final class RelatedMerge {

    private RelatedMerge() {}

    static List<Related> merge(List<List<Related>> suggestions, long postId, int limit) {
        Map<Long, Related> first = new LinkedHashMap<>();
        Map<Long, Double> scores = new LinkedHashMap<>();
        Map<Long, Set<String>> reasons = new LinkedHashMap<>();
        for (List<Related> list : suggestions) {
            for (Related r : list) {
                long id = r.post().id();
                if (id == postId) {
                    continue;
                }
                first.putIfAbsent(id, r);
                scores.merge(id, r.score(), Double::sum);
                reasons.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(r.shared());
            }
        }
        List<Related> merged = new ArrayList<>();
        first.forEach((id, r) -> merged.add(new Related(r.post(), scores.get(id), List.copyOf(reasons.get(id)))));
        merged.sort(Comparator.comparingDouble(Related::score)
                .reversed()
                .thenComparing((Related r) -> r.post().publishedAt(), Comparator.reverseOrder()));
        return List.copyOf(merged.subList(0, Math.min(limit, merged.size())));
    }
}
