/** A post's revisions: compare two, restore one. */
package io.dossier.admin.view.revisions;
