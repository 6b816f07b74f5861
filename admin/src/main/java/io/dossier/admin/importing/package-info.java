/**
 * Tools › Import in the back office: a WordPress export uploaded to its own servlet (large files,
 * streamed to disk), imported in the background, watched with a progress bar until its report.
 */
package io.dossier.admin.importing;
