/** The launcher behind {@code bin/dossier}: assembles the application with its plugins and boots Payara Micro in the same JVM. */
package io.dossier.launcher;
