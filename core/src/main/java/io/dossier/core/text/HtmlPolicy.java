package io.dossier.core.text;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The allow-list for HTML that people write: everything stored as a body or bio passes through
 * it, so pages can render it unescaped. Scripts, event handlers and {@code javascript:} URLs
 * never survive.
 */
@ApplicationScoped
public class HtmlPolicy {

    /** WordPress's teaser marker, which the sanitizer would otherwise drop as a comment. */
    public static final String MORE = "<!--more-->";

    /** Checked after the sanitizer's own srcset guard has normalised it (which writes " , " between candidates). */
    private static final Pattern SRCSET =
            Pattern.compile("/media/[A-Za-z0-9._/%-]+ \\d{1,5}w( ?, ?/media/[A-Za-z0-9._/%-]+ \\d{1,5}w){0,9}");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            // Links without Sanitizers.LINKS's forced rel="nofollow": editors' own links (and the
            // site's internal ones) should count for search engines, as in WordPress posts.
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowAttributes("href")
                    .onElements("a")
                    .allowStandardUrlProtocols()
                    .toFactory())
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            // Resized copies of library images (core.media.ResponsiveContent): widths of site paths only.
            .and(new HtmlPolicyBuilder()
                    .allowElements("img")
                    .allowAttributes("srcset")
                    .matching(SRCSET)
                    .onElements("img")
                    .allowAttributes("sizes")
                    .matching(Pattern.compile("[a-z0-9 ().,:-]{1,200}"))
                    .onElements("img")
                    .allowStandardUrlProtocols()
                    .toFactory())
            .and(new HtmlPolicyBuilder()
                    .allowElements("figure", "figcaption", "hr", "br", "pre", "code", "cite", "abbr", "sup", "sub")
                    .allowAttributes("title")
                    .globally()
                    .allowAttributes("class")
                    .matching(Pattern.compile("[a-zA-Z0-9 _-]{1,100}"))
                    .globally()
                    .toFactory());

    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return html;
        }
        int more = html.indexOf(MORE);
        if (more < 0) {
            return POLICY.sanitize(html);
        }
        return POLICY.sanitize(html.substring(0, more)) + MORE + POLICY.sanitize(html.substring(more + MORE.length()));
    }
}
