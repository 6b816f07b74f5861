/**
 * Tools › Import and Tools › Export in the back office: a WordPress export uploaded to its own
 * servlet (large files, streamed to disk) and imported in the background, and the site streamed
 * out as a download.
 */
package io.dossier.admin.transfer;
