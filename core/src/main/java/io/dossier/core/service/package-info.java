/** Use cases that change content: transactional, entity-free at their boundary, firing change events. */
package io.dossier.core.service;
