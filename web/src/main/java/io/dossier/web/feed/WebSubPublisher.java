package io.dossier.web.feed;

import io.dossier.core.event.CommitOrder;
import io.dossier.core.event.ContentCommitted;
import io.dossier.core.query.PostQueries;
import io.dossier.core.query.SiteInfo;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.core.vocabulary.ContentKind;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the site's WebSub hub (Settings) that the main feed changed when a post is published or
 * edited while public, so subscribers get it at once instead of polling. In the background, after
 * the commit; a hub that is down costs a log line, never the editor's save.
 */
@ApplicationScoped
public class WebSubPublisher {

    private static final Logger LOG = Logger.getLogger(WebSubPublisher.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    SiteQueries site;

    @Inject
    PostQueries posts;

    @Inject
    CanonicalAddress address;

    @Resource
    ManagedExecutorService executor;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** Once per transaction that changed a public post, after the page cache dropped the stale feed. */
    void onCommitted(@Observes @Priority(CommitOrder.NOTIFY) ContentCommitted committed) {
        SiteInfo info = site.site();
        if (info.websubHub() == null
                || committed.changes().stream()
                        .noneMatch(change -> change.kind() == ContentKind.POST && posts.isPublic(change.id()))) {
            return;
        }
        if (address.current().isEmpty()) {
            return; // no address to name the feed by
        }
        String hub = info.websubHub();
        String topic = address.origin() + "/feed/";
        executor.execute(() -> ping(hub, topic));
    }

    private void ping(String hub, String topic) {
        String form = "hub.mode=publish&hub.url=" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
        try {
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(URI.create(hub))
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 != 2) {
                LOG.warning("WebSub hub " + hub + " answered " + answer.statusCode() + " to the ping for " + topic);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "WebSub hub " + hub + " could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
