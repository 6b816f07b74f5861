/** The menu builder: pages, categories and links in a nested menu. */
package io.dossier.admin.view.menus;
