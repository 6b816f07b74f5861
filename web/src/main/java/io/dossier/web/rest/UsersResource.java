package io.dossier.web.rest;

import io.dossier.core.query.AccountRow;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.AccountAdministration;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.vocabulary.Role;
import io.dossier.web.rest.dto.AccountInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Accounts over HTTP, as on the admin's Users screen: list them and add one with a role and password. Administrators only. */
@Path("v1/admin/users")
@RequestScoped
@AdministratorsOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    AccountAdministration accounts;

    @Inject
    CurrentUser user;

    @GET
    public List<AccountRow> list() {
        return accounts.list(user.require());
    }

    @POST
    public Response create(AccountInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "Send the account as a JSON object");
        }
        Role role;
        try {
            role = input.role() == null
                    ? null
                    : Role.valueOf(input.role().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "role must be administrator, editor, author or contributor");
        }
        long id = accounts.create(
                user.require(), input.login(), input.displayName(), input.email(), role, input.password());
        return Response.created(URI.create("v1/admin/users/" + id))
                .entity(Map.of("id", id))
                .build();
    }
}
