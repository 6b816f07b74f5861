package io.dossier.web.page;

/** One widget ready to include: the template passes {@code model} to the plugin's {@code fragment}. */
public record PlacedWidget(String id, String title, String fragment, Object model) {

    /** "widget-recent-posts" for "widgets.recent-posts": a class for the theme's CSS. */
    public String cssClass() {
        return "widget-" + id.substring(id.indexOf('.') + 1);
    }
}
