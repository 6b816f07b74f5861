package io.dossier.web.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The distribution gzips text when the browser accepts it (the launcher turns on the listener's
 * compression), and the listener does not say so: a shared cache must keep the gzipped and the
 * plain copy of a response apart, or it hands gzip to a client that cannot read it.
 */
@WebFilter(filterName = "VaryOnEncoding", urlPatterns = "/*")
public class VaryOnEncoding extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.addHeader("Vary", "Accept-Encoding");
        chain.doFilter(request, response);
    }
}
