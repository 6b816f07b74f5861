package io.dossier.core.security;

import static io.dossier.core.security.Capability.*;

import io.dossier.core.vocabulary.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The role matrix: which capabilities each role has, as in WordPress. */
public final class Permissions {

    private static final Set<Capability> CONTRIBUTOR = EnumSet.of(EDIT_POSTS, DELETE_POSTS);
    private static final Set<Capability> AUTHOR =
            EnumSet.of(EDIT_POSTS, PUBLISH_POSTS, DELETE_POSTS, ASSIGN_NEW_TAGS, UPLOAD_FILES);
    private static final Set<Capability> EDITOR = EnumSet.of(
            EDIT_POSTS,
            PUBLISH_POSTS,
            DELETE_POSTS,
            ASSIGN_NEW_TAGS,
            UPLOAD_FILES,
            EDIT_OTHERS_POSTS,
            EDIT_PAGES,
            MANAGE_TAXONOMY,
            EDIT_PEOPLE);
    private static final Map<Role, Set<Capability>> BY_ROLE = Map.of(
            Role.ADMINISTRATOR, EnumSet.allOf(Capability.class),
            Role.EDITOR, EDITOR,
            Role.AUTHOR, AUTHOR,
            Role.CONTRIBUTOR, CONTRIBUTOR);

    private Permissions() {}

    public static boolean allows(Role role, Capability capability) {
        return BY_ROLE.get(role).contains(capability);
    }
}
