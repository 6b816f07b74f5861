/**
 * What the page cache needs from the content model: the names of the things a page depends on
 * ({@link CacheTags}), a per-request record of those a render read ({@link Dependencies}), and
 * which lists each public post belongs to ({@link PostMembership}, {@link MembershipQueries}), so
 * an edit evicts exactly the pages that showed, or now should show, the post.
 */
package io.dossier.core.cache;
