package io.dossier.plugin.people;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code /organization/<slug>/}. */
@ApplicationScoped
public class OrganizationProfilePage extends ProfilePage {

    @Override
    public String id() {
        return "people.organization-page";
    }

    @Override
    public String segment() {
        return "organization";
    }
}
