package io.dossier.plugin.people;

import io.dossier.core.spi.Related;
import io.dossier.core.spi.RelatedContentProvider;
import io.dossier.core.spi.SiteReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Related posts by the people and tags they share: the signal advocacy and investigative sites care about most. */
@ApplicationScoped
public class SharedPeopleProvider implements RelatedContentProvider {

    @Override
    public String id() {
        return "people.shared";
    }

    @Override
    public List<Related> related(long postId, int limit, Map<String, String> settings, SiteReader site) {
        return site.sharingPeopleAndTags(postId, limit);
    }
}
