/** Feed formats: RSS 2.0 and Atom 1.0 written by ROME, JSON Feed 1.1 written with JSON-P. */
package io.dossier.plugin.feeds;
