/** People and organisations: the list and the profile editor. */
package io.dossier.admin.view.people;
