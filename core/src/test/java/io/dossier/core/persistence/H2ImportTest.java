package io.dossier.core.persistence;

/** The WordPress import on the embedded H2 file database. */
class H2ImportTest extends ImportContract {

    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.H2File.fresh();
    }
}
