package io.dossier.core.spi;

/** Where on the page a widget is shown. @since 1.0 */
public enum WidgetArea {
    /** Beside the content on every page. */
    SIDEBAR,
    /** In the site's footer on every page. */
    FOOTER,
    /** Under a single post's text (people in the article, related posts); only on post pages. */
    AFTER_POST
}
