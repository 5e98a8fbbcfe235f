package org.shellymanager.manager.exchange.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Writes one block-style YAML document that YAML 1.1 readers (PyYAML, which Ansible and Home Assistant use) and
 * YAML 1.2 readers read back alike. Strings are {@linkplain DoubleQuoted double-quoted} with escapes, so device
 * names holding quotes, line breaks, control characters or words such as {@code yes} stay the same string. A key
 * is written plain only when it is a word no reader takes for a boolean, null or number. Sequences of mappings are
 * written as {@code - key: value} items at the indentation of their key.
 */
final class YamlWriter {

    /** Longest key PyYAML and SnakeYAML accept without the explicit {@code ?} form (1,024 characters) and margin. */
    private static final int MAX_KEY_LENGTH = 1000;
    /** Words YAML 1.1 reads as booleans or null in some capitalisation. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private enum Container { MAPPING, SEQUENCE, ITEM }

    private final StringBuilder out = new StringBuilder("---\n");
    private final Deque<Container> open = new ArrayDeque<>();
    private int indent;
    /** The innermost mapping or sequence has its {@code key:} written and no entry yet. */
    private boolean childless;
    /** The next entry starts a sequence item with {@code - }. */
    private boolean itemPending;

    /** Opens a mapping under {@code key}; close it with {@link #end()}. */
    YamlWriter mapping(String key) {
        startLine();
        key(key).append(':');
        open.push(Container.MAPPING);
        childless = true;
        indent += 2;
        return this;
    }

    /** Opens a sequence under {@code key} whose {@linkplain #item() items} are mappings; close it with {@link #end()}. */
    YamlWriter sequence(String key) {
        startLine();
        key(key).append(':');
        open.push(Container.SEQUENCE);
        childless = true;
        return this;
    }

    /** Opens the next mapping item of the innermost sequence; close it with {@link #end()}. */
    YamlWriter item() {
        if (open.peek() != Container.SEQUENCE) {
            throw new IllegalStateException("an item belongs in a sequence");
        }
        if (childless) {
            out.append('\n');
            childless = false;
        }
        open.push(Container.ITEM);
        itemPending = true;
        indent += 2;
        return this;
    }

    /** Closes the innermost mapping, sequence or item; an empty one is written as {@code {}} or {@code []}. */
    YamlWriter end() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no mapping, sequence or item is open");
        }
        switch (open.pop()) {
            case MAPPING -> {
                indent -= 2;
                if (childless) {
                    out.append(" {}\n");
                }
            }
            case SEQUENCE -> {
                if (childless) {
                    out.append(" []\n");
                }
            }
            case ITEM -> {
                if (itemPending) {
                    out.repeat(' ', indent - 2).append("- {}\n");
                    itemPending = false;
                }
                indent -= 2;
            }
        }
        childless = false;
        return this;
    }

    /** A string entry, double-quoted; null is written as {@code null}. */
    YamlWriter entry(String key, String text) {
        startLine();
        key(key).append(": ");
        if (text == null) {
            out.append("null");
        } else {
            DoubleQuoted.append(out, text);
        }
        out.append('\n');
        return this;
    }

    /** A number entry. */
    YamlWriter entry(String key, long number) {
        startLine();
        key(key).append(": ").append(number).append('\n');
        return this;
    }

    /** An entry without a value ({@code null}), as Ansible group members are listed. */
    YamlWriter nullEntry(String key) {
        return entry(key, null);
    }

    /** The document; every mapping, sequence and item must be closed. */
    String text() {
        if (!open.isEmpty()) {
            throw new IllegalStateException(open.size() + " mappings or sequences are not closed");
        }
        return out.toString();
    }

    private void startLine() {
        if (open.peek() == Container.SEQUENCE) {
            throw new IllegalStateException("a sequence holds items, not entries");
        }
        if (childless) {
            out.append('\n');
            childless = false;
        }
        if (itemPending) {
            out.repeat(' ', indent - 2).append("- ");
            itemPending = false;
        } else {
            out.repeat(' ', indent);
        }
    }

    private StringBuilder key(String key) {
        if (plain(key)) {
            return out.append(key);
        }
        int start = out.length();
        DoubleQuoted.append(out, key);
        if (out.length() - start > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("a YAML key is limited to " + MAX_KEY_LENGTH + " characters as written, was "
                    + (out.length() - start));
        }
        return out;
    }

    /** A letter or underscore, then letters, digits, {@code _ . -}; not a boolean or null word; not too long. */
    private static boolean plain(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !(asciiLetter(key.charAt(0)) || key.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(asciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return !RESERVED.contains(key.toLowerCase(Locale.ROOT));
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
