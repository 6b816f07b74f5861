package io.dossier.plugin.people;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code /person/<slug>/}. */
@ApplicationScoped
public class PersonProfilePage extends ProfilePage {

    @Override
    public String id() {
        return "people.person-page";
    }

    @Override
    public String segment() {
        return "person";
    }
}
