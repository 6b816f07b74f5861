/** For search engines: sitemaps (sitemaps.org protocol) and robots.txt. */
package io.dossier.web.seo;
