package io.dossier.core.spi;

import java.util.List;

/**
 * Read-only access to public content for plugins. Everything it returns is an immutable
 * snapshot; nothing a plugin does through it can change the site.
 *
 * @since 1.0
 */
public interface SiteReader {

    /** The newest public posts. @since 1.0 */
    List<PostLink> recentPosts(int limit);

    /** Public sub-pages of the page at {@code pagePath} ("parent/child"), in menu order; empty if there is none. @since 1.0 */
    List<NamedLink> childPages(String pagePath);

    /** The public page at {@code pagePath}, as a link. @since 1.0 */
    java.util.Optional<NamedLink> page(String pagePath);

    /** Every category with the number of public posts filed under it. @since 1.0 */
    List<TermCount> categories();

    /** Months that have public posts, newest first, with their counts. @since 1.0 */
    List<MonthCount> months();

    /**
     * The {@code limit} tags used most by public posts published since {@code since} (null: ever),
     * with their counts, most used first.
     *
     * @since 1.0
     */
    List<TermCount> tagCounts(int limit, java.time.Instant since);

    /** {@code html} passed through the site's allow-list, safe to render unescaped. @since 1.0 */
    String safeHtml(String html);
}
