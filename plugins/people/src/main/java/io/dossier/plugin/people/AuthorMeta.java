package io.dossier.plugin.people;

import io.dossier.core.spi.HeadContribution;
import io.dossier.core.spi.HeadContributor;
import io.dossier.core.spi.PageContext;
import io.dossier.core.spi.ProfileCard;
import io.dossier.core.spi.SiteReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/** {@code <meta name="author">} on posts: the byline's names, not the account that posted. */
@ApplicationScoped
public class AuthorMeta implements HeadContributor {

    static final String MENTIONED = "Mentioned";

    @Override
    public String id() {
        return "people.author-meta";
    }

    @Override
    public HeadContribution contribute(PageContext page, SiteReader site) {
        if (page.kind() != PageContext.Kind.POST || page.postId() == null) {
            return HeadContribution.NONE;
        }
        String byline = site.peopleInPost(page.postId()).stream()
                .filter(p -> !MENTIONED.equals(p.roleInPost()))
                .map(ProfileCard::name)
                .collect(Collectors.joining(", "));
        return byline.isEmpty()
                ? HeadContribution.NONE
                : new HeadContribution(List.of(new HeadContribution.Meta("author", byline)), List.of());
    }
}
