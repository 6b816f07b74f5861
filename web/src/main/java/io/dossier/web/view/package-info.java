/** One request-scoped backing bean per public view; they hold records, never entities, and never a session. */
package io.dossier.web.view;
