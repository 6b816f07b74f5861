package io.dossier.web.seo;

import io.dossier.core.query.SiteQueries;
import io.dossier.core.query.SitemapQueries;
import io.dossier.core.query.SitemapQueries.Section;
import io.dossier.core.service.CanonicalAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code /sitemap.xml} (also {@code /wp-sitemap.xml} for migrated sites): an index of typed
 * sitemaps ({@code /sitemap-posts-1.xml}, …), each split at the protocol's 50,000 addresses,
 * with real last-modified dates. {@code /robots.txt} points crawlers to it.
 */
@ApplicationScoped
public class Sitemaps {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Pattern CHILD = Pattern.compile("/sitemap-([a-z]+)-(\\d{1,5})\\.xml");

    @Inject
    SitemapQueries sitemaps;

    @Inject
    SiteQueries site;

    @Inject
    CanonicalAddress address;

    /** Whether this path is ours; answers it if so. */
    public boolean handle(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (path.equals("/robots.txt")) {
            robots(request, response);
            return true;
        }
        if (path.equals("/sitemap.xml") || path.equals("/wp-sitemap.xml")) {
            index(request, response);
            return true;
        }
        Matcher child = CHILD.matcher(path);
        if (child.matches()) {
            Section section;
            try {
                section = Section.valueOf(child.group(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return true;
            }
            int number = Integer.parseInt(child.group(2));
            if (number < 1 || number > files(section)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return true;
            }
            urlset(section, number, request, response);
            return true;
        }
        return false;
    }

    /** The owner's robots.txt from the settings, or the default; either way naming the sitemap. */
    private void robots(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String sitemap = "Sitemap: " + address.origin() + "/sitemap.xml";
        String own = site.site().robotsTxt();
        if (own == null) {
            response.getWriter().write("""
                    User-agent: *
                    Disallow: /admin/
                    Disallow: /api/
                    Disallow: /*?s=

                    """ + sitemap + "\n");
            return;
        }
        boolean named = own.lines()
                .anyMatch(line -> line.strip().toLowerCase(Locale.ROOT).startsWith("sitemap:"));
        response.getWriter().write(own + "\n" + (named ? "" : "\n" + sitemap + "\n"));
    }

    private long files(Section section) {
        return (sitemaps.count(section) + SitemapQueries.PER_FILE - 1) / SitemapQueries.PER_FILE;
    }

    private void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = address.origin();
        write(response, "sitemapindex", xml -> {
            for (Section section : Section.values()) {
                long files = files(section);
                for (int n = 1; n <= files; n++) {
                    Instant lastModified = sitemaps.lastModified(section, n);
                    xml.writeStartElement("sitemap");
                    element(
                            xml,
                            "loc",
                            base + "/sitemap-" + section.name().toLowerCase(Locale.ROOT) + "-" + n + ".xml");
                    if (lastModified != null) {
                        element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(lastModified));
                    }
                    xml.writeEndElement();
                }
            }
        });
    }

    private void urlset(Section section, int number, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String base = address.origin();
        List<SitemapQueries.Entry> entries = sitemaps.entries(section, number);
        write(response, "urlset", xml -> {
            for (SitemapQueries.Entry entry : entries) {
                xml.writeStartElement("url");
                element(xml, "loc", base + entry.path());
                if (entry.lastModified() != null) {
                    element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(entry.lastModified()));
                }
                xml.writeEndElement();
            }
        });
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(HttpServletResponse response, String root, Body body) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        OutputStream out = response.getOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NS);
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the sitemap", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
