package io.dossier.dist;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import nu.validator.client.EmbeddedValidator;

/** The Nu Html Checker (vnu, the W3C's HTML validator), run in-process: errors and warnings, one per line. */
final class HtmlChecker {

    private static final EmbeddedValidator VALIDATOR = new EmbeddedValidator();

    static {
        VALIDATOR.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    }

    private HtmlChecker() {}

    /**
     * Every error and warning the checker reports for the document, one per line; empty when it has
     * none. Plain "info" notes (such as the XHTML-style "/>" Facelets writes) are neither.
     */
    static synchronized String problems(String html) throws Exception {
        String report = VALIDATOR.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        return report.lines()
                .filter(line -> !line.contains(": info: "))
                .collect(Collectors.joining("\n"))
                .strip();
    }
}
