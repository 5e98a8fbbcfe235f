package org.shellymanager.manager.exchange.format;

import java.util.ArrayList;
import java.util.List;

import org.shellymanager.manager.exchange.ExportCheckException;
import org.shellymanager.manager.exchange.ExportFile;

/** The tokens of a Graphviz DOT file (identifiers, quoted strings, punctuation), as DOT's grammar defines them. */
final class DotTokens {

    private DotTokens() {
    }

    static List<String> of(ExportFile file) {
        String text = file.text();
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if ("{}[];=,".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            } else if (text.startsWith("--", i)) {
                tokens.add("--");
                i += 2;
            } else if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"') {
                    if (text.charAt(end) == '\n') {
                        throw new ExportCheckException(file.path() + ": a raw line break inside a quoted string");
                    }
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= text.length()) {
                    throw new ExportCheckException(file.path() + ": a quoted string is not closed");
                }
                tokens.add(text.substring(i, end + 1));
                i = end + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                        || text.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(text.substring(i, end));
                i = end;
            } else {
                throw new ExportCheckException(file.path() + ": unexpected character '" + c + "' at offset " + i);
            }
        }
        return tokens;
    }
}
