package io.dossier.web.rest.wordpress;

import io.dossier.core.text.JsonFactories;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure under /wp-json as WordPress reports it, so its clients understand; never a stack trace. */
@Provider
public class WpErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(WpErrors.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        return switch (error) {
            case WpError e -> body(e.status, e.code, e.getMessage(), e.params);
            case NotFoundException e ->
                body(404, "rest_no_route", "No route was found matching the URL and request method.", Map.of());
            case WebApplicationException e
            when e.getResponse().getStatus() < 500 ->
                body(
                        e.getResponse().getStatus(),
                        "rest_invalid_request",
                        e.getResponse().getStatusInfo().getReasonPhrase(),
                        Map.of());
            default -> {
                LOG.log(Level.SEVERE, "WordPress API request failed", error);
                yield body(
                        500,
                        "internal_server_error",
                        "The request failed on the server; it has been logged.",
                        Map.of());
            }
        };
    }

    private static Response body(int status, String code, String message, Map<String, WpError.Invalid> params) {
        JsonObjectBuilder data = JsonFactories.BUILDERS.createObjectBuilder().add("status", status);
        if (!params.isEmpty()) {
            JsonObjectBuilder messages = JsonFactories.BUILDERS.createObjectBuilder();
            JsonObjectBuilder details = JsonFactories.BUILDERS.createObjectBuilder();
            params.forEach((name, invalid) -> {
                messages.add(name, invalid.message());
                details.add(
                        name,
                        JsonFactories.BUILDERS
                                .createObjectBuilder()
                                .add("code", invalid.code())
                                .add("message", invalid.message())
                                .addNull("data"));
            });
            data.add("params", messages).add("details", details);
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JsonFactories.BUILDERS
                        .createObjectBuilder()
                        .add("code", code)
                        .add("message", message)
                        .add("data", data)
                        .build())
                .build();
    }
}
