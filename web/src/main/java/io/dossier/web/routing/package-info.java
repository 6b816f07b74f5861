/** WordPress-compatible URLs as a pure grammar: a request path parsed into a sealed {@link Route}. Nothing here reads the database or the request. */
package io.dossier.web.routing;
