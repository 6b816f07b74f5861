package io.dossier.web.rest;

import io.dossier.core.security.Actor;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.PostEditing;
import io.dossier.core.service.PostForm;
import io.dossier.core.service.SavedPost;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.vocabulary.ContentStatus;
import io.dossier.web.rest.dto.PostInput;
import io.dossier.web.rest.dto.PostWritten;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Writing posts over HTTP: {@code POST /api/v1/posts}, {@code PUT /api/v1/posts/{id}} (with the
 * version read; a newer one answers 409) and {@code DELETE /api/v1/posts/{id}} (to the trash).
 * The same service and role rules as the admin's editor: a contributor's "published" is a 403.
 */
@Path("v1/posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostWritesResource {

    @Inject
    PostEditing editing;

    @Inject
    CurrentUser user;

    @POST
    public Response create(PostInput input) {
        Actor actor = user.require();
        PostForm form = editing.blank(actor);
        SavedPost saved = editing.save(actor, fill(form, input));
        return Response.created(URI.create("v1/posts/" + saved.id()))
                .entity(written(saved))
                .build();
    }

    @PUT
    @Path("{id}")
    public PostWritten update(@PathParam("id") long id, PostInput input) {
        Actor actor = user.require();
        PostForm form = editing.load(actor, id);
        if (input == null || input.version() == null) {
            throw new InvalidInputException(
                    "version", "Send the version you read, so that nobody's newer edit is overwritten");
        }
        form.setVersion(input.version());
        return written(editing.save(actor, fill(form, input)));
    }

    @DELETE
    @Path("{id}")
    public Response trash(@PathParam("id") long id) {
        editing.trash(user.require(), id);
        return Response.noContent().build();
    }

    private static PostWritten written(SavedPost saved) {
        return new PostWritten(
                saved.id(), saved.version(), saved.status().name().toLowerCase(Locale.ROOT), saved.permalink());
    }

    /** The input over the form: fields left out keep their value. */
    private static PostForm fill(PostForm form, PostInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "Send the post as a JSON object");
        }
        if (input.title() != null) {
            form.setTitle(input.title());
        }
        if (input.slug() != null) {
            form.setSlug(input.slug());
        }
        if (input.body() != null) {
            form.setBody(input.body());
        }
        if (input.excerpt() != null) {
            form.setExcerpt(input.excerpt());
        }
        if (input.status() != null) {
            form.setStatus(status(input.status()));
        }
        if (input.publishAt() != null) {
            try {
                form.setPublishAt(input.publishAt().isBlank() ? null : LocalDateTime.parse(input.publishAt()));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("publishAt", "publishAt must look like 2026-05-01T09:30");
            }
        }
        if (input.categoryIds() != null) {
            form.setCategoryIds(new ArrayList<>(input.categoryIds()));
        }
        if (input.tags() != null) {
            form.setTagNames(new ArrayList<>(input.tags()));
        }
        return form;
    }

    private static ContentStatus status(String name) {
        try {
            return ContentStatus.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status must be draft, pending, published, scheduled or private");
        }
    }
}
