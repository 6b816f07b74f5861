/** WordPress-compatible URLs: parsing a request path into a route, and the filter that dispatches it. */
package io.dossier.web.routing;
