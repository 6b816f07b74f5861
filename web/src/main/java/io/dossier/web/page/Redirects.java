package io.dossier.web.page;

import io.dossier.core.query.ArchiveQueries;
import io.dossier.core.query.PageQueries;
import io.dossier.core.query.PostDetail;
import io.dossier.core.query.PostQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Where old addresses now live: {@code ?p=ID}, {@code ?page_id=ID} and renamed or moved content. */
@ApplicationScoped
public class Redirects {

    @Inject
    PostQueries posts;

    @Inject
    PageQueries pages;

    @Inject
    ArchiveQueries archives;

    /** The current URL of content that used to live at {@code oldPath}, if it is still public. */
    public Optional<String> fromOldPath(String oldPath) {
        return archives.redirectFrom(oldPath).flatMap(target -> switch (target.kind()) {
            case POST -> posts.publishedById(target.id()).map(PostDetail::url);
            case PAGE -> pages.urlOf(target.id());
            case TAG -> archives.tagUrl(target.id());
            default -> Optional.empty();
        });
    }

    public Optional<String> post(long legacyId) {
        return posts.urlOfLegacyId(legacyId);
    }

    public Optional<String> page(long legacyId) {
        return pages.urlOfLegacyId(legacyId);
    }
}
