package org.shellymanager.manager.config;

import java.util.List;
import java.util.regex.Pattern;

import org.shellymanager.device.Generation;

/**
 * Fields a device reports with its configuration that are not configuration: clocks, counters, revision
 * numbers, live output state and identifiers of the hardware. They are kept in the raw snapshot but never
 * compared, diffed or written.
 */
final class VolatileFields {

    private static final List<Pattern> GEN1 = compile(
            "time", "unixtime", "fw", "build_info\\..*", "hwinfo\\..*", "device\\..*", "cloud\\.connected",
            "tz_utc_offset", "tz_dst", "(relays|lights)\\.\\d+\\.(ison|has_timer)",
            "rollers\\.\\d+\\.(state|power|is_valid|current_pos|last_direction|calibrating)", "actions\\..*");

    private static final List<Pattern> RPC = compile(
            "sys\\.cfg_rev", "sys\\.device\\.(mac|fw_id)", "[a-z_]+:\\d+\\.id", "script:\\d+\\.running",
            "schedules\\.rev", "webhooks\\.rev", "kvs\\.rev", ".*\\.etag");

    private VolatileFields() {
    }

    static boolean isVolatile(Generation generation, String field) {
        List<Pattern> patterns = generation == Generation.GEN1 ? GEN1 : RPC;
        for (Pattern pattern : patterns) {
            if (pattern.matcher(field).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> compile(String... patterns) {
        return java.util.Arrays.stream(patterns).map(Pattern::compile).toList();
    }
}
