package io.dossier.admin.view.frame;

import io.dossier.core.query.SiteQueries;
import io.dossier.core.security.Actor;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** What every admin page's frame shows: who is logged in, the menu their role allows, logout. */
@Named("frame")
@RequestScoped
public class FrameBacking {

    @Inject
    CurrentUser user;

    @Inject
    SiteQueries site;

    @Inject
    FacesContext faces;

    public Actor getActor() {
        return user.require();
    }

    public String getSiteTitle() {
        return site.site().title();
    }

    /** Whether the logged-in role has the capability (for menus and buttons; services check again). */
    public boolean can(String capability) {
        return user.actor().map(a -> a.can(Capability.valueOf(capability))).orElse(false);
    }

    public String getRoleName() {
        String name = getActor().role().name();
        return name.charAt(0) + name.substring(1).toLowerCase();
    }

    public void logOut() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/admin/login?out");
    }
}
