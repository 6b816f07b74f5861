/** Your account: display name, public slug, password, and the API tokens you make for applications. */
package io.dossier.admin.view.account;
