package org.shellymanager.manager.exchange;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Valid DNS host names (RFC 1123 labels) for devices whose names may hold anything: accents are dropped, every
 * other character outside {@code a-z0-9-} becomes a dash, and a name that is left empty falls back to
 * {@code shelly-<mac>}. Within one export, a name taken twice gets the end of the MAC appended.
 */
public final class Hostnames {

    private static final int MAX_LABEL = 63;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");
    private static final Pattern VALID = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

    private Hostnames() {
    }

    /** A valid host name for the text, or null when nothing usable is left of it. */
    public static String label(String text) {
        if (text == null) {
            return null;
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        String label = OUTER_DASHES.matcher(NOT_ALLOWED.matcher(plain).replaceAll("-")).replaceAll("");
        if (label.length() > MAX_LABEL) {
            label = TRAILING_DASHES.matcher(label.substring(0, MAX_LABEL)).replaceAll("");
        }
        return label.isEmpty() ? null : label;
    }

    public static boolean isValid(String name) {
        return name != null && name.length() <= MAX_LABEL && VALID.matcher(name).matches();
    }

    /** A unique, valid host name for each device, by device id, in the order given. */
    public static Map<String, String> assign(List<SnapshotDevice> devices) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (SnapshotDevice device : devices) {
            String base = label(device.label());
            if (base == null) {
                base = "shelly-" + device.mac().toLowerCase(Locale.ROOT);
            }
            String name = base;
            if (!taken.add(name)) {
                String suffix = "-" + device.mac().substring(6).toLowerCase(Locale.ROOT);
                name = TRAILING_DASHES.matcher(base.substring(0, Math.min(base.length(), MAX_LABEL - suffix.length()))).replaceAll("") + suffix;
                taken.add(name);
            }
            names.put(device.id(), name);
        }
        return names;
    }
}
