package io.dossier.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dossier.core.query.PostFilter;
import org.junit.jupiter.api.Test;

/** The content store on the embedded H2 file database, including a restart. */
class H2ContentStoreTest extends ContentStoreContract {

    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.H2File.fresh();
    }

    @Test
    void contentSurvivesARestart() {
        long before = store.posts.list(new PostFilter.All(), 1, 10).total();
        store.close();
        store = new ContentStore(database.config());
        assertEquals(before, store.posts.list(new PostFilter.All(), 1, 10).total());
        assertEquals("Lobby Ledger", store.site.site().title());
    }
}
