/**
 * WordPress's REST API, read-only subset, at its own address ({@code /wp-json/wp/v2/}): posts,
 * pages, categories, tags and users in WordPress's shapes, paging headers and error format, so
 * WordPress clients and static-site tools keep working after a move.
 */
package io.dossier.web.rest.wordpress;
