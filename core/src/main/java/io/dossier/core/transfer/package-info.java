/**
 * Moving a site in and out: the WordPress eXtended RSS (WXR) import, streamed with StAX so memory
 * does not grow with the file, idempotent and resumable through the WordPress IDs it keeps.
 */
package io.dossier.core.transfer;
