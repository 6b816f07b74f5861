/** The database: connection settings, the container data source, the persistence context and migrations. */
package io.dossier.core.db;
