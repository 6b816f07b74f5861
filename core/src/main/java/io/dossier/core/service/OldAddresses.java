package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.support.FieldRules;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.vocabulary.ContentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Addresses that answer 301 to content they used to name: kept by the services when a post, page
 * or tag moves, and by the importers for the old site's links.
 */
@ApplicationScoped
@Transactional
public class OldAddresses extends ServiceSupport {

    protected OldAddresses() {}

    @Inject
    public OldAddresses(EntityManager em, Event<ContentChanged> changes) {
        super(em, changes);
    }

    /**
     * Makes {@code oldPath} (a path on this site, "/2019/05/title/") answer 301 to the content,
     * unless it already answers for something; says whether it was added.
     */
    public boolean keep(String oldPath, ContentKind kind, long id) {
        if (!acceptable(oldPath)) {
            throw new InvalidInputException("from", "An old address is a path on this site (/2019/05/title/)");
        }
        boolean added = keepOldAddress(oldPath.strip(), kind, id);
        if (added) {
            changed(kind, id);
        }
        return added;
    }

    /** Whether {@code path} can be kept: a path on this site, no longer than an address column holds. */
    public static boolean acceptable(String path) {
        String p = path == null ? "" : path.strip();
        return p.startsWith("/")
                && !p.startsWith("//")
                && p.length() <= FieldRules.ADDRESS
                && p.chars().noneMatch(c -> c <= ' ');
    }
}
