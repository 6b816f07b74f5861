package io.dossier.core.persistence;

/** The security store on the embedded H2 file database. */
class H2SecurityStoreTest extends SecurityStoreContract {

    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.H2File.fresh();
    }
}
