package org.shellymanager.manager.exchange.format;

import java.util.HexFormat;

/**
 * Double-quoted strings in the escape syntax YAML and TOML share: quote and backslash escaped, line feed and tab
 * as {@code \n} and {@code \t}, printable characters as they are, and everything either format does not allow
 * unescaped or may read as a line break (controls, U+0085, U+2028, U+2029, the byte order mark, noncharacters)
 * as a four-digit hexadecimal escape. A lone surrogate, which UTF-8 cannot carry and libyaml and TOML refuse even
 * escaped, becomes U+FFFD; everything else reads back as the same string.
 */
final class DoubleQuoted {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private DoubleQuoted() {
    }

    /** Appends the text quoted, on one line. */
    static StringBuilder append(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (printable(c)) {
                out.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append("\\u").append(HEX.toHexDigits(c));
            }
        }
        return out.append('"');
    }

    /** Printable in YAML 1.1, YAML 1.2 and TOML, and no line break to any of them. */
    private static boolean printable(char c) {
        return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }
}
