/** Uploaded images: recognised by their bytes, stored under the data folder, with thumbnails and alt text. */
package io.dossier.core.media;
