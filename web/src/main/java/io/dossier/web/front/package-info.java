/** The front controller: dispatches a parsed route to a feed, a sitemap, a redirect or a Faces view. Sits above everything it dispatches to. */
package io.dossier.web.front;
