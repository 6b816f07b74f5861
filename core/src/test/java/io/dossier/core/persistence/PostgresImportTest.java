package io.dossier.core.persistence;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The WordPress import on PostgreSQL; runs when DOSSIER_TEST_PG_URL names a server (CI always sets it). */
@EnabledIfEnvironmentVariable(named = TestDatabase.PG_URL_VARIABLE, matches = ".+")
class PostgresImportTest extends ImportContract {

    @Override
    TestDatabase freshDatabase() throws Exception {
        return TestDatabase.PostgresSchema.fresh();
    }
}
