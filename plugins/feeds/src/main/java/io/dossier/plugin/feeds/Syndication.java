package io.dossier.plugin.feeds;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.dossier.core.spi.FeedContext;
import io.dossier.core.spi.FeedDocument;
import io.dossier.core.spi.FeedEntry;
import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.SettingType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** The ROME model shared by the RSS and Atom formats. */
final class Syndication {

    static final String FULL_CONTENT = "fullContent";

    static final List<SettingDefinition> SETTINGS = List.of(new SettingDefinition(
            FULL_CONTENT, "Full text in the feed", SettingType.BOOLEAN, "true", "Off: only the summary of each post."));

    private Syndication() {}

    static void write(String romeType, FeedContext context, OutputStream out) throws IOException {
        FeedDocument doc = context.feed();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(romeType);
        feed.setTitle(doc.title());
        feed.setDescription(doc.description() == null || doc.description().isBlank() ? doc.title() : doc.description());
        feed.setLink(doc.siteUrl());
        feed.setUri(doc.feedUrl());
        feed.setLanguage(doc.language());
        feed.setPublishedDate(Date.from(doc.updated()));
        feed.setLinks(List.of(link("alternate", doc.siteUrl(), "text/html"), link("self", doc.feedUrl(), null)));
        if (romeType.startsWith("rss")) {
            // RSS has no element for its own URL; validators expect Atom's <atom:link rel="self">.
            Element self = new Element("link", Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom"));
            self.setAttribute("href", doc.feedUrl());
            self.setAttribute("rel", "self");
            self.setAttribute("type", "application/rss+xml");
            List<Element> links = new ArrayList<>(List.of(self));
            if (doc.hubUrl() != null) {
                Element hub = new Element("link", Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom"));
                hub.setAttribute("href", doc.hubUrl());
                hub.setAttribute("rel", "hub");
                links.add(hub);
            }
            feed.setForeignMarkup(links);
        } else if (doc.hubUrl() != null) {
            List<SyndLink> links = new ArrayList<>(feed.getLinks());
            links.add(link("hub", doc.hubUrl(), null));
            feed.setLinks(links);
        }
        boolean full = context.flag(FULL_CONTENT, true);
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedEntry e : doc.entries()) {
            entries.add(entry(e, full));
        }
        feed.setEntries(entries);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            new SyndFeedOutput().output(feed, writer);
        } catch (FeedException e) {
            throw new IOException("Cannot write the " + romeType + " feed", e);
        }
        writer.flush();
    }

    private static SyndEntry entry(FeedEntry e, boolean full) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(e.id());
        entry.setTitle(e.title());
        entry.setLink(e.url());
        entry.setPublishedDate(Date.from(e.published()));
        entry.setUpdatedDate(Date.from(e.updated()));
        List<SyndPerson> authors = new ArrayList<>();
        for (String name : e.authors()) {
            SyndPerson person = new SyndPersonImpl();
            person.setName(name);
            authors.add(person);
        }
        entry.setAuthors(authors);
        entry.setAuthor(String.join(", ", e.authors()));
        List<SyndCategory> categories = new ArrayList<>();
        for (String name : e.categories()) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(name);
            categories.add(category);
        }
        entry.setCategories(categories);
        entry.setDescription(content("text/plain", e.summary()));
        if (full) {
            entry.setContents(List.of(content("html", e.contentHtml())));
        }
        return entry;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
