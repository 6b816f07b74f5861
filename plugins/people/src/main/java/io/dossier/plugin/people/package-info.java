/** People and organisations: profile pages, the people of a post, and related posts. */
package io.dossier.plugin.people;
