package io.dossier.core.spi;

import java.util.Map;

/**
 * What a widget may know when it builds its model.
 *
 * @param page     the page being rendered
 * @param settings the owner's values for the widget's {@link Extension#settings()}, defaults filled in
 * @param site     read-only access to the site's content
 * @since 1.0
 */
public record WidgetContext(PageContext page, Map<String, String> settings, SiteReader site) {

    /** A setting as a number, or {@code fallback} when it is missing or not a number. @since 1.0 */
    public int intSetting(String key, int fallback) {
        try {
            return Integer.parseInt(settings.getOrDefault(key, "").strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
