/** Text rules with no dependencies: slugs and excerpts. */
package io.dossier.core.text;
