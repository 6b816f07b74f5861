/** What runs when the database comes up: connection settings, the data source, migrations, the first administrator and the demo. */
package io.dossier.core.db;
