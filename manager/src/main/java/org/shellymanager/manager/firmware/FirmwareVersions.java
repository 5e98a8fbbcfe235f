package org.shellymanager.manager.firmware;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Firmware versions as devices report them: a bare version ({@code 1.4.2}, {@code 1.5.0-beta1}) or a build id
 * ({@code 20240819-074337/1.4.2-gc2639da}, Gen1 {@code 20230913-112003/v1.14.0-gcb84623}).
 */
final class FirmwareVersions {

    private static final Pattern NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(.*)");

    /** Newer versions sort later; a pre-release ({@code -beta1}) sorts before its release. */
    static final Comparator<String> ORDER = FirmwareVersions::compare;

    private FirmwareVersions() {
    }

    /** The version in a build id or version text: {@code 1.14.0} from {@code 20230913-112003/v1.14.0-gcb84623}. */
    static String version(String buildOrVersion) {
        String tail = buildOrVersion.strip();
        if (tail.contains("/")) {
            tail = tail.substring(tail.indexOf('/') + 1);
        }
        if (tail.startsWith("v")) {
            tail = tail.substring(1);
        }
        return tail.replaceFirst("-g[0-9a-f]+$", "");
    }

    static boolean same(String a, String b) {
        return version(a).equals(version(b));
    }

    static int compare(String a, String b) {
        Matcher x = NUMBERS.matcher(version(a));
        Matcher y = NUMBERS.matcher(version(b));
        if (!x.matches() || !y.matches()) {
            return version(a).compareTo(version(b));
        }
        for (int group = 1; group <= 3; group++) {
            int diff = Long.compare(number(x.group(group)), number(y.group(group)));
            if (diff != 0) {
                return diff;
            }
        }
        String restA = x.group(4);
        String restB = y.group(4);
        if (restA.isEmpty() || restB.isEmpty()) {
            return Boolean.compare(restA.isEmpty(), restB.isEmpty());
        }
        return restA.compareTo(restB);
    }

    private static long number(String text) {
        return text == null ? 0 : Long.parseLong(text.length() > 18 ? text.substring(0, 18) : text);
    }
}
