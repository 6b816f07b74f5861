/** Tools › Import: the upload form, the running import's progress and its report. */
package io.dossier.admin.view.importing;
