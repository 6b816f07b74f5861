package io.dossier.plugin.people;

import io.dossier.core.spi.PluginPage;
import io.dossier.core.spi.PluginPageContent;
import io.dossier.core.spi.PluginPageRequest;
import io.dossier.core.spi.PostPage;
import io.dossier.core.spi.Profile;
import java.util.Optional;

/**
 * A profile at {@code /<kind>/<slug>/} (and {@code …/page/N/}): bio, photo, role, links, every post
 * that credits or mentions them, and schema.org JSON-LD for search engines.
 */
abstract class ProfilePage implements PluginPage {

    static final int POSTS_PER_PAGE = 10;

    /** What the fragment renders. */
    public record ProfileView(Profile profile, PostPage posts, String jsonLd, String newerUrl, String olderUrl) {}

    @Override
    public Optional<PluginPageContent> render(PluginPageRequest request) {
        if (request.rest().size() != 1) {
            return Optional.empty();
        }
        return request.site().profile(segment(), request.rest().getFirst()).flatMap(profile -> {
            PostPage posts =
                    request.site().postsAbout(segment(), request.rest().getFirst(), request.page(), POSTS_PER_PAGE);
            if (request.page() > 1 && request.page() > posts.totalPages()) {
                return Optional.empty();
            }
            String base = profile.url();
            String newer =
                    posts.page() > 1 ? (posts.page() == 2 ? base : base + "page/" + (posts.page() - 1) + "/") : null;
            String older = posts.page() < posts.totalPages() ? base + "page/" + (posts.page() + 1) + "/" : null;
            String description =
                    profile.roleTitle() == null ? profile.name() : profile.name() + ", " + profile.roleTitle();
            return Optional.of(new PluginPageContent(
                    profile.name(),
                    description,
                    "/people/profile.xhtml",
                    new ProfileView(profile, posts, JsonLd.of(profile, request::absolute), newer, older)));
        });
    }
}
