/** The back office's addresses: extensionless views under /admin/. */
package io.dossier.admin.routing;
