package io.dossier.core.spi;

/**
 * Adds {@code <meta>} and {@code <link>} elements to the {@code <head>} of public pages (author,
 * licence, verification tags, alternate versions, …). Nothing else can be added there.
 *
 * @since 1.0
 */
public interface HeadContributor extends Extension {

    /** What to add to this page's head; {@link HeadContribution#NONE} for nothing. @since 1.0 */
    HeadContribution contribute(PageContext page, SiteReader site);
}
