package io.dossier.web.rest.wordpress;

/** A failure in WordPress's shape: {@code {"code", "message", "data": {"status"}}}. */
class WpError extends RuntimeException {

    final String code;
    final int status;

    WpError(String code, String message, int status) {
        super(message);
        this.code = code;
        this.status = status;
    }

    static WpError invalidParam(String name, String message) {
        return new WpError("rest_invalid_param", "Invalid parameter(s): " + name + " (" + message + ")", 400);
    }
}
