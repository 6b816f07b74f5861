/** Serving feeds: builds the feed of a list and hands it to a plugin's feed format, with conditional GET. */
package io.dossier.web.feed;
