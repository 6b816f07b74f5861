/** The public URL scheme (WordPress-compatible), in one place for pages, feeds and the REST API. */
package io.dossier.core.url;
