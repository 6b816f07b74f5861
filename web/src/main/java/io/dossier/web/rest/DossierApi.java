package io.dossier.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API at /api; see io.dossier.web.security.Authentication for who may call what. */
@ApplicationPath("/api")
public class DossierApi extends Application {
}
