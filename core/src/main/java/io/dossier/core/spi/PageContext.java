package io.dossier.core.spi;

/**
 * The public page being rendered.
 *
 * @param path     its URL path inside the site, e.g. "/2016/06/01/slug/"
 * @param kind     what kind of page it is
 * @param postId   the post shown, for {@link Kind#POST}; otherwise null
 * @param pagePath the page's path ("parent/child"), for {@link Kind#PAGE}; otherwise null
 * @since 1.0
 */
public record PageContext(String path, Kind kind, Long postId, String pagePath) {

    /** @since 1.0 */
    public enum Kind {
        HOME,
        POST,
        PAGE,
        ARCHIVE,
        SEARCH,
        NOT_FOUND
    }
}
