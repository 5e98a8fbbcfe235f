package org.shellymanager.manager.firmware;

import java.util.ArrayList;
import java.util.List;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;

/**
 * Splits a rollout's devices into waves. Each step is a count ({@code 1}), a share of all devices ({@code 10%},
 * rounded up) or {@code rest}; the last wave takes every device left. Empty waves are dropped.
 */
final class WavePlan {

    static final List<String> DEFAULT = List.of("1", "10%", "rest");

    private WavePlan() {
    }

    static List<String> validate(List<String> steps) {
        if (steps == null || steps.isEmpty()) {
            return DEFAULT;
        }
        if (steps.size() > 20) {
            throw invalid("at most 20 waves");
        }
        List<String> clean = new ArrayList<>();
        for (String step : steps) {
            String s = step == null ? "" : step.strip().toLowerCase(java.util.Locale.ROOT);
            if (!s.equals("rest") && !s.matches("[1-9]\\d{0,5}") && !s.matches("([1-9]\\d?|100)%")) {
                throw invalid("a wave is a device count (1), a share (10%) or 'rest', was '" + step + "'");
            }
            clean.add(s);
        }
        return List.copyOf(clean);
    }

    /** The size of each non-empty wave for this many devices. */
    static List<Integer> sizes(List<String> steps, int devices) {
        List<Integer> sizes = new ArrayList<>();
        int left = devices;
        for (int i = 0; i < steps.size() && left > 0; i++) {
            String step = steps.get(i);
            int size = i == steps.size() - 1 || step.equals("rest") ? left
                    : step.endsWith("%") ? (int) Math.ceil(devices * Integer.parseInt(step.substring(0, step.length() - 1)) / 100.0)
                    : Integer.parseInt(step);
            size = Math.min(Math.max(size, 1), left);
            sizes.add(size);
            left -= size;
        }
        return sizes;
    }

    private static ManagerException invalid(String detail) {
        return new ManagerException(ErrorCode.REQUEST_INVALID, detail);
    }
}
