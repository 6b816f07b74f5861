/** The site's settings: identity, address, reading, feeds, robots.txt. */
package io.dossier.admin.view.settings;
