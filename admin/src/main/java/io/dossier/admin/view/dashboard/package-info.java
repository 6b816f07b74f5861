/** The back office's first screen: counts, drafts waiting and recent activity. */
package io.dossier.admin.view.dashboard;
