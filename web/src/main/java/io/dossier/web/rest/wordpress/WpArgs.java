package io.dossier.web.rest.wordpress;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A request's query arguments read against the route's declared ones ({@link WpRoutes.Arg}), as
 * WordPress checks them against its schema: each of the right type, within bounds and among the
 * allowed values, else one {@code rest_invalid_param} naming every argument that failed and why.
 * Arrays come comma-separated or repeated ({@code include=1,2}, {@code include[]=1&include[]=2}).
 * Arguments the route does not declare are ignored, as WordPress ignores them.
 */
final class WpArgs {

    /** At most this many values of one array argument are read. */
    static final int MAX_VALUES = 100;

    private final Map<String, Object> values;

    private WpArgs(Map<String, Object> values) {
        this.values = values;
    }

    static WpArgs read(List<WpRoutes.Arg> declared, Map<String, List<String>> query) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, WpError.Invalid> invalid = new LinkedHashMap<>();
        for (WpRoutes.Arg arg : declared) {
            List<String> given = Stream.concat(
                            query.getOrDefault(arg.name(), List.of()).stream(),
                            query.getOrDefault(arg.name() + "[]", List.of()).stream())
                    .toList();
            if (given.isEmpty()) {
                if (arg.byDefault() != null) {
                    values.put(arg.name(), arg.type().equals("array") ? List.of(arg.byDefault()) : arg.byDefault());
                }
                continue;
            }
            try {
                values.put(arg.name(), parse(arg, given));
            } catch (Refused refused) {
                invalid.put(arg.name(), new WpError.Invalid(refused.code, refused.getMessage()));
            }
        }
        if (!invalid.isEmpty()) {
            throw WpError.invalidParams(invalid);
        }
        return new WpArgs(values);
    }

    private static Object parse(WpRoutes.Arg arg, List<String> given) throws Refused {
        if (arg.type().equals("array")) {
            List<String> items = given.stream()
                    .flatMap(v -> Arrays.stream(v.split(",")))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .distinct()
                    .limit(MAX_VALUES)
                    .toList();
            if (!"integer".equals(arg.items())) {
                for (int i = 0; i < items.size(); i++) {
                    if (!arg.choices().isEmpty() && !arg.choices().contains(items.get(i))) {
                        throw new Refused(
                                "rest_not_in_enum",
                                arg.name() + "[" + i + "] is not one of " + listed(arg.choices()) + ".");
                    }
                }
                return items;
            }
            List<Long> ids = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                ids.add(integer(arg.name() + "[" + i + "]", items.get(i)));
            }
            return List.copyOf(ids);
        }
        String value = given.getLast().strip();
        return switch (arg.type()) {
            case "integer" -> {
                long n = integer(arg.name(), value);
                if (arg.minimum() != null && arg.maximum() != null && (n < arg.minimum() || n > arg.maximum())) {
                    throw new Refused(
                            "rest_out_of_bounds",
                            "%s must be between %d (inclusive) and %d (inclusive)"
                                    .formatted(arg.name(), arg.minimum(), arg.maximum()));
                }
                if (arg.minimum() != null && n < arg.minimum()) {
                    throw new Refused(
                            "rest_out_of_bounds",
                            "%s must be greater than or equal to %d".formatted(arg.name(), arg.minimum()));
                }
                yield n;
            }
            case "boolean" ->
                switch (value.toLowerCase(Locale.ROOT)) {
                    case "true", "1" -> true;
                    case "false", "0", "" -> false;
                    default -> throw new Refused("rest_invalid_type", arg.name() + " is not of type boolean.");
                };
            default -> {
                if ("date-time".equals(arg.format()) && WpDates.parse(value, ZoneOffset.UTC) == null) {
                    throw new Refused("rest_invalid_date", "Invalid date.");
                }
                if (!arg.choices().isEmpty() && !arg.choices().contains(value)) {
                    throw new Refused("rest_not_in_enum", arg.name() + " is not one of " + listed(arg.choices()) + ".");
                }
                yield value;
            }
        };
    }

    private static long integer(String name, String value) throws Refused {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new Refused("rest_invalid_type", name + " is not of type integer.");
        }
    }

    /** "a, b, and c", as WordPress lists the allowed values. */
    private static String listed(List<String> choices) {
        return choices.size() == 1
                ? choices.getFirst()
                : String.join(", ", choices.subList(0, choices.size() - 1)) + ", and " + choices.getLast();
    }

    /** One argument's refusal, gathered with the others into one answer. */
    private static final class Refused extends Exception {
        final String code;

        Refused(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    /** An integer argument, or its default, or {@code null}. */
    Long integer(String name) {
        return (Long) number(name);
    }

    /** An integer argument WordPress defaults (page, per_page). */
    int count(String name) {
        return Math.toIntExact((Long) number(name));
    }

    private Object number(String name) {
        Object value = values.get(name);
        return value instanceof Integer i ? Long.valueOf(i) : value;
    }

    /** An allowed-values argument as the enum constant of the same name ({@code include_slugs}: INCLUDE_SLUGS). */
    <E extends Enum<E>> E choice(String name, Class<E> type) {
        return Enum.valueOf(type, text(name).toUpperCase(Locale.ROOT));
    }

    /** WordPress's {@code offset}: the items to skip instead of the pages before {@code page}; null when not given. */
    Integer offset() {
        Integer offset = int32("offset");
        return offset == null ? null : Math.max(0, offset);
    }

    /**
     * An integer argument within Java's int, null when not given: a value past it is held at the
     * bound, where it finds what it would have found (nothing), never an overflow.
     */
    Integer int32(String name) {
        Long value = integer(name);
        return value == null ? null : (int) Math.clamp(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    String text(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    /** A boolean argument without a default: null when not given. */
    Boolean either(String name) {
        return (Boolean) values.get(name);
    }

    /** A date-time argument as an instant, read in {@code zone} when it names no offset; null when not given. */
    Instant instant(String name, ZoneId zone) {
        String value = text(name);
        return value == null ? null : WpDates.parse(value, zone);
    }

    @SuppressWarnings("unchecked")
    List<Long> ids(String name) {
        return (List<Long>) values.getOrDefault(name, List.of());
    }

    @SuppressWarnings("unchecked")
    List<String> texts(String name) {
        return (List<String>) values.getOrDefault(name, List.of());
    }
}
