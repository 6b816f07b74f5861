/** Text rules with no dependencies: slugs, excerpts, the HTML sanitizing policy, LIKE patterns, diffs. */
package io.dossier.core.text;
