/** The tag cloud: a widget and the /tags/ page, sharing one weighting rule. */
package io.dossier.plugin.tagcloud;
