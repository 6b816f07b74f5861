package io.dossier.core.spi;

import java.util.List;

/**
 * Elements for a page's {@code <head>}.
 *
 * @since 1.0
 */
public record HeadContribution(List<Meta> meta, List<LinkElement> links) {

    /** Nothing to add. @since 1.0 */
    public static final HeadContribution NONE = new HeadContribution(List.of(), List.of());

    /** {@code <meta name="…" content="…">}. @since 1.0 */
    public record Meta(String name, String content) {}

    /** {@code <link rel="…" href="…" type="…" title="…">}; type and title may be null. @since 1.0 */
    public record LinkElement(String rel, String href, String type, String title) {}
}
