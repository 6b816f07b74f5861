/**
 * Full-text search of the public posts with Apache Lucene: relevance-ranked (title words weigh
 * more), English stemming, highlighted snippets. The index lives in {@code DOSSIER_DATA/search},
 * follows every committed change ({@link SearchSync}) and is rebuilt when it does not match the
 * database or on {@code bin/dossier reindex}. The same on H2 and PostgreSQL.
 */
package io.dossier.core.search;
