package io.dossier.core.spi;

/** Where on the page a widget is shown. @since 1.0 */
public enum WidgetArea {
    SIDEBAR, FOOTER
}
