/** Tools › Import (upload form, progress, report) and Tools › Export (downloads). */
package io.dossier.admin.view.transfer;
