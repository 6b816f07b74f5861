package io.dossier.core.security;

import io.dossier.core.vocabulary.Role;

/**
 * The logged-in account on whose behalf a service acts. Write services take it as their first
 * argument and check it themselves, so the rules hold for the admin and the API alike.
 */
public record Actor(long accountId, String login, Role role) {

    public boolean can(Capability capability) {
        return Permissions.allows(role, capability);
    }

    /** Throws unless the actor has the capability. */
    public void require(Capability capability, String what) {
        if (!can(capability)) {
            throw new AccessDeniedException("Your role (" + role.name().toLowerCase() + ") may not " + what);
        }
    }
}
