package io.dossier.core.media;

import io.dossier.core.url.Permalinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the library images inside a post's or page's text the {@code srcset} of their resized
 * copies when the page is shown, as WordPress does: the editor (Quill) keeps only src, alt and
 * size, and copies made later (or for images inserted before copies existed) count too. One query
 * per text, for all its images.
 */
@ApplicationScoped
public class ResponsiveContent {

    /** What a text column is wide: the full screen on phones, the theme's 46 rem column beyond. */
    public static final String SIZES = "(min-width: 48rem) 46rem, calc(100vw - 2.5rem)";

    private static final String MEDIA = Permalinks.media("");
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");
    private static final Pattern SRC = Pattern.compile("\\ssrc=\"" + Pattern.quote(MEDIA) + "([^\"?#]+)\"");

    private EntityManager em;

    protected ResponsiveContent() {}

    @Inject
    public ResponsiveContent(EntityManager em) {
        this.em = em;
    }

    /** {@code html} (sanitized, so attributes are double-quoted) with srcset and sizes on library images. */
    public String withSrcset(String html) {
        return withSrcset(List.of(html == null ? "" : html)).getFirst();
    }

    /** {@link #withSrcset(String)} for many texts, with one statement for all their images. */
    public List<String> withSrcset(List<String> texts) {
        Set<String> paths = new LinkedHashSet<>();
        texts.forEach(html -> paths.addAll(libraryImages(html)));
        if (paths.isEmpty()) {
            return texts;
        }
        Map<String, String> srcsets = new HashMap<>();
        em.createQuery("""
                        select new io.dossier.core.media.ImageWidths(m.storagePath, m.width, m.variantWidths)
                        from Media m where m.storagePath in :paths""", ImageWidths.class)
                .setParameter("paths", paths)
                .getResultList()
                .forEach(image -> {
                    String srcset = ResponsiveImages.srcset(image.path(), image.width(), image.variantWidths());
                    if (srcset != null) {
                        srcsets.put(image.path(), srcset);
                    }
                });
        return srcsets.isEmpty()
                ? texts
                : texts.stream().map(html -> withSrcsets(html, srcsets)).toList();
    }

    /** The library paths of the images in {@code html} that have no srcset yet. */
    private static Set<String> libraryImages(String html) {
        Set<String> paths = new LinkedHashSet<>();
        if (html != null && html.contains("<img")) {
            Matcher img = IMG.matcher(html);
            while (img.find()) {
                Matcher src = SRC.matcher(img.group());
                if (src.find() && !img.group().contains(" srcset=")) {
                    paths.add(src.group(1));
                }
            }
        }
        return paths;
    }

    private static String withSrcsets(String html, Map<String, String> srcsets) {
        if (html == null || !html.contains("<img")) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            String tag = img.group();
            Matcher src = SRC.matcher(tag);
            String srcset = src.find() && !tag.contains(" srcset=") ? srcsets.get(src.group(1)) : null;
            String replaced = srcset == null
                    ? tag
                    : tag.replaceFirst(
                            "\\s*/?>$",
                            Matcher.quoteReplacement(" srcset=\"" + srcset + "\" sizes=\"" + SIZES + "\" />"));
            img.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        img.appendTail(out);
        return out.toString();
    }
}
