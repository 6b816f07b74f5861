package io.dossier.plugin.people;

import io.dossier.core.spi.ContentEnricher;
import io.dossier.core.spi.EnrichContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Links the first mention of each person or organisation of a post to their profile. */
@ApplicationScoped
public class ProfileLinkEnricher implements ContentEnricher {

    @Override
    public String id() {
        return "people.link-names";
    }

    @Override
    public String enrich(String html, EnrichContext context) {
        return NameLinker.link(
                html,
                context.site().peopleInPost(context.postId()).stream()
                        .map(p -> new NameLinker.Target(p.name(), p.url()))
                        .toList());
    }
}
