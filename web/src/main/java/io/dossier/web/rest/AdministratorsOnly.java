package io.dossier.web.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource (class or method) that only administrators may call, whatever the method. {@link ApiGuard}
 * reads it from the resource the request matched, so no spelling of the path (matrix parameters,
 * encoded or doubled slashes) gets around it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdministratorsOnly {}
