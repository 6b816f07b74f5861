/** Categories and tags: edit, merge, and turn a tag into a profile. */
package io.dossier.admin.view.taxonomy;
