/** User accounts and their roles, for administrators. */
package io.dossier.admin.view.users;
