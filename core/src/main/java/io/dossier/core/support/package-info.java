/**
 * The lowest layer of core, used by every other: the exceptions commands throw for a form error or a
 * problem detail, running work in a transaction of its own, a page of a longer list ({@link Slice})
 * the post-to-term link ids the cache and the search index share, and the field limits and address
 * rules every writer applies ({@link FieldRules}). Nothing here knows a use case.
 */
package io.dossier.core.support;
