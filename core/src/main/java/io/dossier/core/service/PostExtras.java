package io.dossier.core.service;

/**
 * What a post moved from another site carries beyond a {@link PostDraft}: its id there (which keeps
 * its plain links working and lets a second run of the same file skip it), whether it is sticky,
 * its search and social overrides and its library images. The editor's rules apply to each.
 */
public record PostExtras(
        Long legacyId,
        boolean sticky,
        String seoTitle,
        String seoDescription,
        String canonicalUrl,
        Long featuredMediaId,
        Long socialMediaId) {

    public static final PostExtras NONE = new PostExtras(null, false, null, null, null, null, null);

    /** Only the old site's id and stickiness, as a WordPress export has them. */
    public static PostExtras moved(long legacyId, boolean sticky) {
        return new PostExtras(legacyId, sticky, null, null, null, null, null);
    }
}
