package org.shellymanager.manager.exchange.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A logic-less template, a small subset of Mustache: {@code {{name}}} inserts a value (escaped for the output
 * format), {@code {{#name}}...{{/name}}} repeats for each item of a list or shows once when the value is present
 * and not false, {@code {{^name}}...{{/name}}} shows when it is absent, empty or false. Values are looked up in
 * maps only: a template cannot call code, reach a class or read a file.
 */
final class Template {

    static final int MAX_DEPTH = 8;

    private sealed interface Part permits Text, Value, Section {
    }

    private record Text(String text) implements Part {
    }

    private record Value(String name) implements Part {
    }

    private record Section(String name, boolean inverted, List<Part> parts) implements Part {
    }

    private final List<Part> parts;

    private Template(List<Part> parts) {
        this.parts = parts;
    }

    /** @throws IllegalArgumentException naming the line of an unclosed, mismatched or unknown tag */
    static Template parse(String source) {
        Deque<Section> open = new ArrayDeque<>();
        Deque<List<Part>> lists = new ArrayDeque<>();
        lists.push(new ArrayList<>());
        int at = 0;
        while (at < source.length()) {
            int start = source.indexOf("{{", at);
            if (start < 0) {
                lists.peek().add(new Text(source.substring(at)));
                break;
            }
            lists.peek().add(new Text(source.substring(at, start)));
            int end = source.indexOf("}}", start + 2);
            if (end < 0) {
                throw invalid(source, start, "a tag is not closed with }}");
            }
            String tag = source.substring(start + 2, end).strip();
            at = end + 2;
            if (tag.startsWith("#") || tag.startsWith("^")) {
                if (open.size() >= MAX_DEPTH) {
                    throw invalid(source, start, "sections nest deeper than " + MAX_DEPTH);
                }
                Section section = new Section(name(source, start, tag.substring(1)), tag.startsWith("^"), new ArrayList<>());
                lists.peek().add(section);
                open.push(section);
                lists.push(section.parts());
            } else if (tag.startsWith("/")) {
                String name = name(source, start, tag.substring(1));
                if (open.isEmpty() || !open.peek().name().equals(name)) {
                    throw invalid(source, start, "{{/" + name + "}} closes no open section");
                }
                open.pop();
                lists.pop();
            } else {
                lists.peek().add(new Value(name(source, start, tag)));
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("section {{#" + open.peek().name() + "}} is not closed");
        }
        return new Template(lists.pop());
    }

    private static String name(String source, int at, String name) {
        String trimmed = name.strip();
        if (!trimmed.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw invalid(source, at, "'" + trimmed + "' is not a value name (letters, digits and _)");
        }
        return trimmed;
    }

    private static IllegalArgumentException invalid(String source, int at, String what) {
        long line = source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        return new IllegalArgumentException("template line " + line + ": " + what);
    }

    String render(Map<String, Object> model, UnaryOperator<String> escape) {
        StringBuilder out = new StringBuilder();
        Deque<Map<String, Object>> scopes = new ArrayDeque<>();
        scopes.push(model);
        render(parts, scopes, escape, out);
        return out.toString();
    }

    private static void render(List<Part> parts, Deque<Map<String, Object>> scopes, UnaryOperator<String> escape,
                               StringBuilder out) {
        for (Part part : parts) {
            switch (part) {
                case Text text -> out.append(text.text());
                case Value value -> {
                    Object found = lookup(scopes, value.name());
                    out.append(found == null ? "" : escape.apply(String.valueOf(found)));
                }
                case Section section -> {
                    Object found = lookup(scopes, section.name());
                    boolean empty = found == null || Boolean.FALSE.equals(found) || "".equals(found)
                            || found instanceof List<?> list && list.isEmpty();
                    if (section.inverted()) {
                        if (empty) {
                            render(section.parts(), scopes, escape, out);
                        }
                    } else if (found instanceof List<?> list) {
                        for (Object item : list) {
                            scopes.push(item instanceof Map<?, ?> map ? castMap(map) : Map.of("value", item));
                            render(section.parts(), scopes, escape, out);
                            scopes.pop();
                        }
                    } else if (!empty) {
                        render(section.parts(), scopes, escape, out);
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Object lookup(Deque<Map<String, Object>> scopes, String name) {
        for (Map<String, Object> scope : scopes) {
            if (scope.containsKey(name)) {
                return scope.get(name);
            }
        }
        return null;
    }
}
