package io.dossier.web.view;

import io.dossier.core.query.MenuNode;
import io.dossier.core.query.SiteInfo;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.vocabulary.MenuLocations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The frame of every public page: site title, tagline, primary menu, footer. Served from memory. */
@Named("site")
@RequestScoped
public class SiteBacking {

    @Inject
    SiteQueries queries;

    public SiteInfo getInfo() {
        return queries.site();
    }

    public List<MenuNode> getMenu() {
        return queries.menu(MenuLocations.PRIMARY);
    }
}
