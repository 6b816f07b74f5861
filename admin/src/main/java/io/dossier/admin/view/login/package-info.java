/** The login form (Jakarta Security form authentication, with the throttle's messages). */
package io.dossier.admin.view.login;
