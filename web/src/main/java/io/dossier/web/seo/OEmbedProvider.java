package io.dossier.web.seo;

import io.dossier.core.query.PostDetail;
import io.dossier.core.query.PostQueries;
import io.dossier.core.query.SiteInfo;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.core.text.HtmlText;
import io.dossier.core.text.JsonFactories;
import io.dossier.web.routing.Route;
import io.dossier.web.routing.RouteParser;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * oEmbed provider at WordPress's address, {@code /wp-json/oembed/1.0/embed?url=…}, so a post's
 * link unfurls into a card on other sites and in chat tools (discovered through the link in the
 * post's head). JSON only; the XML format answers 501, as the oEmbed spec allows.
 */
@WebServlet(name = "OEmbedProvider", urlPatterns = "/wp-json/oembed/1.0/embed")
public class OEmbedProvider extends HttpServlet {

    static final int WIDTH = 600;
    static final int HEIGHT = 338;

    @Inject
    PostQueries posts;

    @Inject
    SiteQueries site;

    @Inject
    CanonicalAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        if (format != null && !format.equals("json") && !format.equals("xml")) {
            problem(response, HttpServletResponse.SC_NOT_IMPLEMENTED, "The format is json or xml");
            return;
        }
        String url = request.getParameter("url");
        if (url == null || url.isBlank()) {
            problem(response, HttpServletResponse.SC_BAD_REQUEST, "The url parameter names the post to embed");
            return;
        }
        Optional<PostDetail> post = post(url);
        if (post.isEmpty()) {
            problem(response, HttpServletResponse.SC_NOT_FOUND, "No public post at " + url);
            return;
        }
        SiteInfo info = site.site();
        String base = address.origin();
        PostDetail p = post.get();
        String author = p.credits().isEmpty()
                ? p.author().name()
                : p.credits().getFirst().name();
        JsonObjectBuilder card = JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("version", "1.0")
                .add("type", "rich")
                .add("provider_name", info.title())
                .add("provider_url", base + "/")
                .add("title", p.title())
                .add("author_name", author)
                .add("author_url", base + p.author().url())
                .add("width", WIDTH)
                .add("height", HEIGHT)
                .add("html", html(base + p.url(), p.title(), p.summary(), info.title()));
        if (p.image() != null) {
            card.add("thumbnail_url", base + p.image().url());
            if (p.image().width() != null && p.image().height() != null) {
                card.add("thumbnail_width", p.image().width())
                        .add("thumbnail_height", p.image().height());
            }
        }
        response.setHeader("Cache-Control", "public, max-age=300");
        if ("xml".equals(format)) {
            response.setContentType("text/xml;charset=UTF-8");
            xml(card.build(), response.getWriter());
        } else {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(card.build().toString());
        }
    }

    /** The card as WordPress writes {@code format=xml}: an {@code <oembed>} element with one child per field. */
    private static void xml(JsonObject card, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("oembed");
            for (var field : card.entrySet()) {
                xml.writeStartElement(field.getKey());
                xml.writeCharacters(
                        field.getValue() instanceof JsonString text
                                ? text.getString()
                                : field.getValue().toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** The post behind an address of this site, if it is a public post's permalink. */
    private Optional<PostDetail> post(String url) {
        String path;
        try {
            path = new URI(url.strip()).getPath();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        return RouteParser.parse(path, null, null) instanceof RouteParser.Found(Route.SinglePost single)
                ? posts.published(single.date(), single.slug())
                : Optional.empty();
    }

    /** The card other sites show: a quotation of the post, linking to it; everything escaped. */
    private static String html(String url, String title, String summary, String siteTitle) {
        return "<blockquote class=\"dossier-embed\"><p><a href=\"" + HtmlText.escape(url) + "\">"
                + HtmlText.escape(title) + "</a></p>"
                + (summary == null || summary.isBlank() ? "" : "<p>" + HtmlText.escape(summary) + "</p>")
                + "<footer>" + HtmlText.escape(siteTitle) + "</footer></blockquote>";
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter()
                .write(JsonFactories.BUILDERS
                        .createObjectBuilder()
                        .add("type", "about:blank")
                        .add("status", status)
                        .add("title", status == 404 ? "Not found" : status == 501 ? "Not implemented" : "Bad request")
                        .add("detail", detail)
                        .build()
                        .toString());
    }
}
