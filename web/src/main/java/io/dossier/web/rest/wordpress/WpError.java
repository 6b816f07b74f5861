package io.dossier.web.rest.wordpress;

import java.util.Map;

/**
 * A failure in WordPress's shape: {@code {"code", "message", "data": {"status"}}}; for invalid
 * parameters also {@code data.params} (each parameter's message) and {@code data.details} (its code).
 */
class WpError extends RuntimeException {

    /** Why one parameter was refused: WordPress's code ({@code rest_invalid_type}, ...) and message. */
    record Invalid(String code, String message) {}

    final String code;
    final int status;
    final Map<String, Invalid> params;

    WpError(String code, String message, int status) {
        this(code, message, status, Map.of());
    }

    private WpError(String code, String message, int status, Map<String, Invalid> params) {
        super(message);
        this.code = code;
        this.status = status;
        this.params = params;
    }

    /** WordPress's 400 for parameters that fail their schema, each named with why. */
    static WpError invalidParams(Map<String, Invalid> params) {
        return new WpError(
                "rest_invalid_param", "Invalid parameter(s): " + String.join(", ", params.keySet()), 400, params);
    }
}
