package io.dossier.core.spi;

/**
 * A box in a widget area (sidebar, footer). Dossier calls {@link #model} once per page view
 * through its guard and includes {@link #fragment()} with that model as {@code #{model}}.
 *
 * @since 1.0
 */
public interface Widget extends Extension {

    /** The heading shown above the widget unless the owner sets another. @since 1.0 */
    String title();

    /** The area the widget goes to until the owner places it elsewhere. @since 1.0 */
    default WidgetArea defaultArea() {
        return WidgetArea.SIDEBAR;
    }

    /**
     * The Facelets fragment that renders the widget, a path under the jar's
     * {@code META-INF/resources}, e.g. "/dossier-widgets/recent-posts.xhtml".
     *
     * @since 1.0
     */
    String fragment();

    /**
     * What the fragment shows on this page: a record or list of records built from
     * {@link WidgetContext#site()}. Returning {@code null} hides the widget on this page.
     *
     * @since 1.0
     */
    Object model(WidgetContext context);
}
