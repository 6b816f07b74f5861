package io.dossier.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
    Optional<NamedLink> page(String pagePath);

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
    List<TermCount> tagCounts(int limit, Instant since);

    /** The profile at {@code /<kind>/<slug>/}, kind being "person" or "organization". @since 1.0 */
    Optional<Profile> profile(String kind, String slug);

    /** Public posts that credit the profile or carry a tag standing for it, newest first. @since 1.0 */
    PostPage postsAbout(String kind, String slug, int page, int pageSize);

    /** People and organisations in a post: the byline first, then those its tags stand for. @since 1.0 */
    List<ProfileCard> peopleInPost(long postId);

    /**
     * Posts sharing people (credited or named by a tag) or tags with a post, best first: a shared
     * person scores 3, a shared tag 1. The raw signal for {@link RelatedContentProvider}s.
     *
     * @since 1.0
     */
    List<Related> sharingPeopleAndTags(long postId, int limit);

    /** Related posts from every active {@link RelatedContentProvider}, merged and ranked. @since 1.0 */
    List<Related> related(long postId, int limit);

    /** {@code html} passed through the site's allow-list, safe to render unescaped. @since 1.0 */
    String safeHtml(String html);
}
