package org.shellymanager.manager.exchange;

import java.util.regex.Pattern;

/** Text from users and devices made safe for one line of any output format. */
public final class PlainText {

    private static final Pattern LINE_BREAKING = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}]");

    private PlainText() {
    }

    /** The text with every control character and line or paragraph separator replaced by a space. */
    public static String oneLine(String text) {
        return LINE_BREAKING.matcher(text).replaceAll(" ");
    }
}
