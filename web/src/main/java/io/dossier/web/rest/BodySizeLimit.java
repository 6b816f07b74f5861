package io.dossier.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No API write reads more than {@link #MAX_BYTES}: a declared larger body is refused before it is
 * read, and a body that grows past the limit (chunked, or lying about its length) stops there.
 * Both answer 413 as a problem detail. The limit fits the largest post the editor takes
 * (core.support.FieldRules.BODY, in UTF-8) with its other fields.
 */
@Provider
@PreMatching
@Priority(Priorities.ENTITY_CODER)
public class BodySizeLimit implements ContainerRequestFilter {

    static final long MAX_BYTES = 4L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream()));
        }
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(ProblemResponses.problem(
                413, "Content too large", "A request body has at most " + MAX_BYTES / (1024 * 1024) + " MB", "body"));
    }

    /** The entity stream, failing once more than the limit has been read. */
    private static final class Bounded extends FilterInputStream {

        private long read;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw tooLarge();
            }
        }
    }
}
