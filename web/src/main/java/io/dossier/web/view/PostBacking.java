package io.dossier.web.view;

import io.dossier.core.query.PostDetail;
import io.dossier.core.query.PostQueries;
import io.dossier.web.routing.Redirects;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** A single post at /YYYY/MM/DD/slug/. */
@Named
@RequestScoped
public class PostBacking {

    @Inject
    PostQueries posts;
    @Inject
    Redirects redirects;

    private PostDetail post;

    /** View action: the post, else a 301 to where it lives now (wrong date, old slug), else 404. */
    public void load() {
        Route.SinglePost route = Views.route(Route.SinglePost.class);
        if (route == null) {
            Views.notFound();
            return;
        }
        Optional<PostDetail> found = posts.published(route.date(), route.slug());
        if (found.isPresent()) {
            post = found.get();
            return;
        }
        Optional<String> moved = posts.publishedWithSlug(route.slug()).map(PostDetail::url)
                .or(() -> redirects.fromOldPath(requestedPath(route)));
        moved.ifPresentOrElse(Views::movedTo, Views::notFound);
    }

    private static String requestedPath(Route.SinglePost route) {
        return "/%04d/%02d/%02d/%s/".formatted(route.date().getYear(), route.date().getMonthValue(),
                route.date().getDayOfMonth(), route.slug());
    }

    public PostDetail getPost() {
        return post;
    }
}
