package io.dossier.admin.view.posts;

import io.dossier.core.vocabulary.ContentStatus;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The posts list's {@code ?status=} in any case (the tabs write DRAFT, people type draft); anything
 * else shows all posts with a plain message naming the statuses, never a component id.
 */
@FacesConverter("dossier.postStatus")
public class StatusParameter implements Converter<ContentStatus> {

    @Override
    public ContentStatus getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ContentStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String known = Arrays.stream(ContentStatus.values())
                    .map(s -> s.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            String message = "There is no status \"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
                    + "\"; showing all posts. The statuses are " + known + ".";
            // A message and all posts, rather than a failed conversion that would skip the page's loading.
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, message, null));
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ContentStatus value) {
        return value == null ? "" : value.name();
    }
}
