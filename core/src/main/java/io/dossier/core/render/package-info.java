/** The content pipeline: a post's or page's stored body turned into what every reader gets, in one place. */
package io.dossier.core.render;
