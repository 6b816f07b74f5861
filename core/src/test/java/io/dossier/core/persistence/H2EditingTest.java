package io.dossier.core.persistence;

/** Editing on the embedded H2 file database. */
class H2EditingTest extends EditingContract {

    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.H2File.fresh();
    }
}
