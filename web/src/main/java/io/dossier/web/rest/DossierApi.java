package io.dossier.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API at /api; see {@link ApiSecurity} for who may call what. */
@ApplicationPath("/api")
public class DossierApi extends Application {
}
