/** Backing beans of the back office, one package per area. */
package io.dossier.admin.view;
