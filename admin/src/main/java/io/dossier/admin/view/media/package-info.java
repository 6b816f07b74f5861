/** The media library screen and the image picker the editors use. */
package io.dossier.admin.view.media;
