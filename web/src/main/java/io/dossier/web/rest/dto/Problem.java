package io.dossier.web.rest.dto;

/** An RFC 9457 problem detail; {@code field} names the request field at fault, when there is one. */
public record Problem(String type, String title, int status, String detail, String field) {

    public static Problem of(int status, String title, String detail, String field) {
        return new Problem("about:blank", title, status, detail, field);
    }
}
