/** What every back-office screen shares: the frame, its menu by capability, and display formats. */
package io.dossier.admin.view.frame;
