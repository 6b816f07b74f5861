/** Uploaded images, served from the media folder. */
package io.dossier.web.media;
