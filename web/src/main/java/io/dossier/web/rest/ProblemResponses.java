package io.dossier.web.rest;

import io.dossier.core.plugin.InvalidSettingException;
import io.dossier.core.security.AccessDeniedException;
import io.dossier.core.support.EditConflictException;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.support.NotFoundException;
import io.dossier.web.rest.dto.Problem;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure of the API into a problem detail: a clear message, never a stack trace. */
@Provider
public class ProblemResponses implements ExceptionMapper<Throwable> {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        for (Throwable t = error.getCause(); t != null; t = t.getCause()) {
            if (t instanceof WebApplicationException refusal
                    && refusal.getResponse().getStatus() == 413) {
                return refusal.getResponse(); // BodySizeLimit, raised while the reader read the body
            }
        }
        if (unreadableBody(error)) {
            return problem(400, "Malformed JSON", "The request body is not the JSON this resource expects", null);
        }
        return switch (error) {
            case NotFoundException e -> problem(404, "Not found", e.getMessage(), null);
            case InvalidSettingException e -> problem(400, "Invalid setting", e.getMessage(), e.field());
            case InvalidInputException e -> problem(400, "Invalid input", e.getMessage(), e.field());
            case AccessDeniedException e -> problem(403, "Forbidden", e.getMessage(), null);
            case EditConflictException e -> problem(409, "Conflict", e.getMessage(), null);
            case IllegalArgumentException e -> problem(400, "Bad request", e.getMessage(), null);
            case WebApplicationException e
            when e.getResponse().getStatus() < 500 ->
                challenged(
                        e.getResponse(),
                        problem(
                                e.getResponse().getStatus(),
                                e.getResponse().getStatusInfo().getReasonPhrase(),
                                e.getMessage(),
                                null));
            default -> {
                LOG.log(Level.SEVERE, "API request failed", error);
                yield problem(500, "Internal error", "The request failed on the server; it has been logged", null);
            }
        };
    }

    /** JSON-B and Jersey wrap parse failures differently; any of them in the chain means a bad body. */
    private static boolean unreadableBody(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException || t instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }

    /** A 401 keeps its WWW-Authenticate challenge, so clients know how to log in. */
    private static Response challenged(Response original, Response problem) {
        String challenge = original.getHeaderString("WWW-Authenticate");
        return challenge == null
                ? problem
                : Response.fromResponse(problem)
                        .header("WWW-Authenticate", challenge)
                        .build();
    }

    static Response problem(int status, String title, String detail, String field) {
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(Problem.of(status, title, detail, field))
                .build();
    }
}
