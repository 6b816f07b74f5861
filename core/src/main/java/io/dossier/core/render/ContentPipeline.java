package io.dossier.core.render;

import io.dossier.core.media.ResponsiveContent;
import io.dossier.core.plugin.Active;
import io.dossier.core.plugin.PluginRegistry;
import io.dossier.core.plugin.PublicSiteReader;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.core.spi.ContentEnricher;
import io.dossier.core.spi.EnrichContext;
import io.dossier.core.text.HtmlPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's or page's body as every reader gets it, human or machine: the post page and its
 * preview, the static page, every feed format, both REST APIs. Posts go through the active
 * content enrichers (each guarded: a failing one is skipped), then every text gets the srcset of
 * its library images, and a text an enricher changed is sanitized again, because enrichers are
 * plugin code. Pages have no enrichers: plugin API 1.0 enriches posts.
 *
 * <p>Many bodies at once cost the same statements as one: one for the people the enrichers ask
 * about, one for the images.
 */
@ApplicationScoped
public class ContentPipeline {

    private static final Pattern RELATIVE_LINK = Pattern.compile("(href|src)=\"/(?!/)");
    private static final Pattern SRCSET = Pattern.compile("srcset=\"([^\"]*)\"");
    private static final Pattern RELATIVE_CANDIDATE = Pattern.compile("(^|,\\s*)/(?!/)");

    /** How links inside the body are written. */
    public enum Links {
        /** As stored, site-relative ({@code /media/…}): for the site's own pages. */
        RELATIVE,
        /** On the site's address: for feeds and APIs, read away from the site. */
        ABSOLUTE
    }

    /** One body to render: the post or page id, its URL path and its stored (sanitized) HTML. */
    public record Body(long id, String url, String html) {}

    private PluginRegistry registry;
    private PublicSiteReader site;
    private HtmlPolicy html;
    private ResponsiveContent responsive;
    private CanonicalAddress address;

    protected ContentPipeline() {}

    @Inject
    public ContentPipeline(
            PluginRegistry registry,
            PublicSiteReader site,
            HtmlPolicy html,
            ResponsiveContent responsive,
            CanonicalAddress address) {
        this.registry = registry;
        this.site = site;
        this.html = html;
        this.responsive = responsive;
        this.address = address;
    }

    public String post(Body body, Links links) {
        return posts(List.of(body), links).get(body.id());
    }

    /** The rendered bodies by post id. */
    public Map<Long, String> posts(List<Body> bodies, Links links) {
        List<Active<ContentEnricher>> enrichers = registry.active(ContentEnricher.class);
        if (!enrichers.isEmpty()) {
            site.preparePeopleInPosts(bodies.stream().map(Body::id).toList());
        }
        List<String> enriched = new ArrayList<>(bodies.size());
        for (Body body : bodies) {
            enriched.add(enriched(body, enrichers));
        }
        List<String> responsiveHtml = responsive.withSrcset(enriched);
        Map<Long, String> rendered = new LinkedHashMap<>();
        for (int i = 0; i < bodies.size(); i++) {
            // The stored text was sanitized when it was saved and srcset is ours: only what a
            // plugin changed needs the sanitizer again, the costly step of a list.
            boolean pluginChanged = !enriched.get(i).equals(stored(bodies.get(i)));
            String body = pluginChanged ? html.sanitize(responsiveHtml.get(i)) : responsiveHtml.get(i);
            rendered.put(bodies.get(i).id(), linked(body, links));
        }
        return rendered;
    }

    public String page(Body body, Links links) {
        return pages(List.of(body), links).get(body.id());
    }

    /** The rendered bodies by page id. */
    public Map<Long, String> pages(List<Body> bodies, Links links) {
        List<String> responsiveHtml = responsive.withSrcset(
                bodies.stream().map(b -> b.html() == null ? "" : b.html()).toList());
        Map<Long, String> rendered = new LinkedHashMap<>();
        for (int i = 0; i < bodies.size(); i++) {
            rendered.put(bodies.get(i).id(), linked(responsiveHtml.get(i), links));
        }
        return rendered;
    }

    private static String stored(Body body) {
        return body.html() == null ? "" : body.html();
    }

    private String enriched(Body body, List<Active<ContentEnricher>> enrichers) {
        String result = stored(body);
        for (Active<ContentEnricher> enricher : enrichers) {
            String input = result;
            EnrichContext context = new EnrichContext(body.id(), body.url(), enricher.settings(), site);
            result = registry.guarded(enricher.id(), () -> enricher.extension().enrich(input, context))
                    .orElse(input);
        }
        return result;
    }

    /** Site-relative links, images and srcset candidates on the site's address, for {@link Links#ABSOLUTE}. */
    private String linked(String rendered, Links links) {
        if (links == Links.RELATIVE) {
            return rendered;
        }
        String origin = Matcher.quoteReplacement(address.origin());
        String absolute = RELATIVE_LINK.matcher(rendered).replaceAll("$1=\"" + origin + "/");
        return SRCSET.matcher(absolute)
                .replaceAll(srcset -> Matcher.quoteReplacement("srcset=\""
                        + RELATIVE_CANDIDATE.matcher(srcset.group(1)).replaceAll("$1" + origin + "/") + "\""));
    }
}
