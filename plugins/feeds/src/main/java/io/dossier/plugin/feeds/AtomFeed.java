package io.dossier.plugin.feeds;

import jakarta.enterprise.context.ApplicationScoped;

/** Atom 1.0 (RFC 4287) at {@code /feed/atom/}. */
@ApplicationScoped
public class AtomFeed extends RomeFeedFormat {

    public AtomFeed() {
        super("feeds.atom", 20, "atom", "Atom", "application/atom+xml", "atom_1.0");
    }
}
