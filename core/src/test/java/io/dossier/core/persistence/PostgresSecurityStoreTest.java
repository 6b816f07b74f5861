package io.dossier.core.persistence;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The security store on PostgreSQL; runs when DOSSIER_TEST_PG_URL names a server (CI always sets it). */
@EnabledIfEnvironmentVariable(named = TestDatabase.PG_URL_VARIABLE, matches = ".+")
class PostgresSecurityStoreTest extends SecurityStoreContract {

    @Override
    TestDatabase freshDatabase() throws Exception {
        return TestDatabase.PostgresSchema.fresh();
    }
}
