/** JAX-RS resources under /api; errors answer as RFC 9457 problem details. */
package io.dossier.web.rest;
