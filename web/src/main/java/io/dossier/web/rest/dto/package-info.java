/** The Dossier API's request and answer shapes: records JSON-B writes and reads, never entities. */
package io.dossier.web.rest.dto;
