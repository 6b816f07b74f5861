/** The posts list with its filters and the post editor with autosave. */
package io.dossier.admin.view.posts;
