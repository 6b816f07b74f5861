package io.dossier.web.rest;

import io.dossier.core.plugin.InvalidSettingException;
import io.dossier.core.plugin.PluginAdministration;
import io.dossier.core.plugin.PluginSettingsStore;
import io.dossier.core.plugin.PluginStatus;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.spi.WidgetArea;
import io.dossier.web.rest.dto.ExtensionChange;
import io.dossier.web.rest.dto.PluginChange;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * Plugin administration over HTTP (the admin's Plugins and Widgets screens do the same): list plugins with their state, switch
 * plugins and extensions on and off, place widgets and set their settings. Administrators only
 * (web.xml); every change applies to the next page view, without a restart.
 */
@Path("v1/admin")
@RequestScoped
@AdministratorsOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PluginsResource {

    @Inject
    PluginAdministration plugins;

    @Inject
    CurrentUser user;

    @GET
    @Path("plugins")
    public List<PluginStatus> list() {
        return plugins.plugins(user.require());
    }

    @POST
    @Path("plugins/{id}")
    public Response changePlugin(@PathParam("id") String id, PluginChange change) {
        if (change == null || change.enabled() == null) {
            throw new InvalidSettingException("enabled", "enabled (true or false) is required");
        }
        plugins.setPluginEnabled(user.require(), id, change.enabled());
        return Response.noContent().build();
    }

    @POST
    @Path("extensions/{id}")
    public Response changeExtension(@PathParam("id") String id, ExtensionChange change) {
        if (change == null) {
            throw new InvalidSettingException("body", "a JSON object with the fields to change is required");
        }
        plugins.change(
                user.require(),
                id,
                new PluginSettingsStore.ExtensionChange(
                        change.enabled(), area(change.area()), change.position(), change.title(), change.config()));
        return Response.noContent().build();
    }

    private static WidgetArea area(String name) {
        if (name == null) {
            return null;
        }
        try {
            return WidgetArea.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("area", "area must be one of " + List.of(WidgetArea.values()));
        }
    }
}
