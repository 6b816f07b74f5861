/** Use cases that change content or settings (the site's address among them): transactional, entity-free at their boundary, firing change events. */
package io.dossier.core.service;
