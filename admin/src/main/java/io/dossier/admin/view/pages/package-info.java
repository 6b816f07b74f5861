/** The page tree (drag to nest and order) and the page editor. */
package io.dossier.admin.view.pages;
