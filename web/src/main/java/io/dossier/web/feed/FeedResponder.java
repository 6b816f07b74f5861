package io.dossier.web.feed;

import io.dossier.core.plugin.Active;
import io.dossier.core.plugin.PluginRegistry;
import io.dossier.core.query.FeedItem;
import io.dossier.core.query.PostQueries;
import io.dossier.core.query.SiteInfo;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.render.ContentPipeline;
import io.dossier.core.render.ContentPipeline.Body;
import io.dossier.core.render.ContentPipeline.Links;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.core.spi.FeedContext;
import io.dossier.core.spi.FeedDocument;
import io.dossier.core.spi.FeedEntry;
import io.dossier.core.spi.FeedFormat;
import io.dossier.core.text.Digests;
import io.dossier.web.cache.ETags;
import io.dossier.web.page.ListingResolver;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves {@code <list>/feed/<format>/}: resolves the list like its page, answers 304 when the
 * reader's copy is current (ETag and Last-Modified), and otherwise lets the plugin's format
 * write the feed through the registry's guard.
 */
@ApplicationScoped
public class FeedResponder {

    @Inject
    PluginRegistry registry;

    @Inject
    ListingResolver listings;

    @Inject
    PostQueries posts;

    @Inject
    SiteQueries site;

    @Inject
    CanonicalAddress address;

    @Inject
    ContentPipeline pipeline;

    public void respond(Route.Feed route, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Active<FeedFormat>> format = registry.active(FeedFormat.class).stream()
                .filter(f -> f.extension().name().equals(route.format()))
                .findFirst();
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        switch (listings.resolve(route.listing())) {
            case ListingResolver.Missing missing -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            case ListingResolver.Moved moved -> {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader(
                        "Location",
                        request.getContextPath()
                                + moved.base()
                                + route.path().substring(route.listing().base().length()));
            }
            case ListingResolver.Resolved resolved -> serve(route, resolved, format.get(), request, response);
        }
    }

    private void serve(
            Route.Feed route,
            ListingResolver.Resolved list,
            Active<FeedFormat> format,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        SiteInfo info = site.site();
        List<FeedItem> items = posts.feed(list.filter(), info.feedItems());
        Instant updated = items.stream()
                .map(FeedItem::updatedAt)
                .max(Instant::compareTo)
                .orElse(info.installedAt() == null ? Instant.EPOCH : info.installedAt())
                .truncatedTo(ChronoUnit.SECONDS);
        String etag = etag(format, info, items);
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", updated.toEpochMilli());
        // Readers revalidate each time; an unchanged feed costs a 304 without rendering.
        response.setHeader("Cache-Control", "no-cache");
        if (notModified(request, etag, updated)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String base = address.origin();
        FeedDocument feed = new FeedDocument(
                list.heading() == null ? info.title() : info.title() + " » " + list.heading(),
                info.tagline(),
                base + route.listing().base(),
                base + route.path(),
                "en",
                updated,
                entries(items, base, info),
                info.websubHub());
        Optional<byte[]> body = registry.guarded(format.id(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
            try {
                format.extension().write(new FeedContext(feed, format.settings()), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
        if (body.isEmpty()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setContentType(format.extension().mediaType());
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.get().length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(body.get());
        }
    }

    /** The items with their bodies as every reader gets them, links on the site's address. */
    private List<FeedEntry> entries(List<FeedItem> items, String base, SiteInfo info) {
        Map<Long, String> bodies = pipeline.posts(
                items.stream()
                        .map(i -> new Body(i.card().id(), i.card().url(), i.bodyHtml()))
                        .toList(),
                Links.ABSOLUTE);
        return items.stream()
                .map(item -> entry(item, bodies.get(item.card().id()), base, info))
                .toList();
    }

    private static FeedEntry entry(FeedItem item, String body, String base, SiteInfo info) {
        var card = item.card();
        List<String> authors = card.credits().isEmpty()
                ? List.of(card.author().name())
                : card.credits().stream().map(c -> c.name()).toList();
        return new FeedEntry(
                guid(info, card.id()),
                card.title(),
                base + card.url(),
                card.publishedAt(),
                item.updatedAt(),
                authors,
                card.categories().stream().map(c -> c.name()).toList(),
                card.summary(),
                body);
    }

    /** A name-based UUID of the site's first start and the post id: never changes with title, slug, date or host. */
    static String guid(SiteInfo info, long postId) {
        long site = info.installedAt() == null ? 0 : info.installedAt().toEpochMilli();
        return "urn:uuid:"
                + UUID.nameUUIDFromBytes(("dossier:" + site + ":post:" + postId).getBytes(StandardCharsets.UTF_8));
    }

    private static String etag(Active<FeedFormat> format, SiteInfo info, List<FeedItem> items) {
        StringBuilder key = new StringBuilder(format.id())
                .append(format.settings())
                .append(info.title())
                .append(info.tagline());
        items.forEach(i -> key.append('|').append(i.card().id()).append('@').append(i.updatedAt()));
        return "\"" + Digests.sha256Hex(key.toString().getBytes(StandardCharsets.UTF_8), 16) + "\"";
    }

    private static boolean notModified(HttpServletRequest request, String etag, Instant updated) {
        if (request.getHeader("If-None-Match") != null) {
            return ETags.matches(request.getHeader("If-None-Match"), etag);
        }
        long since = request.getDateHeader("If-Modified-Since");
        return since != -1 && !updated.isAfter(Instant.ofEpochMilli(since));
    }
}
