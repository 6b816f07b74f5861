package io.dossier.core.spi;

import java.util.List;
import java.util.Map;

/**
 * Suggests posts related to a post, each with a score and the reasons. Dossier merges every
 * provider's suggestions (scores of the same post add up, reasons are joined), ranks them and
 * shows the best through {@link SiteReader#related}.
 *
 * @since 1.0
 */
public interface RelatedContentProvider extends Extension {

    /** Up to {@code limit} suggestions; the post itself is never among them. @since 1.0 */
    List<Related> related(long postId, int limit, Map<String, String> settings, SiteReader site);
}
