/** Plugins, their extensions' settings and the widget areas. */
package io.dossier.admin.view.plugins;
