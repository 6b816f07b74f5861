/**
 * Read models: immutable records built by projection queries for public pages, feeds and the API.
 * Nothing here returns a managed entity, so views cannot trigger lazy loading (no silent N+1).
 */
package io.dossier.core.query;
