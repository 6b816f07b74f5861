/** What a public page shows, resolved from its route: lists of posts for archives and feeds, and where moved content lives now. */
package io.dossier.web.page;
