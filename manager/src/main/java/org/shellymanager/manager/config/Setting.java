package org.shellymanager.manager.config;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shellymanager.device.Generation;
import tools.jackson.databind.JsonNode;

/**
 * One generation-neutral template setting and the real fields it becomes on each generation. The pattern may
 * capture one part (a channel number or a KVS key) that the native paths take as {@code {0}}.
 *
 * @param gen1        the Gen1 fields, empty when Gen1 has no such setting
 * @param rpc         the Gen2+ fields, empty when they have no such setting
 * @param unsupported why a generation without fields lacks it, shown to the user
 */
record Setting(Pattern pattern, SettingKind kind, List<Native> gen1, List<Native> rpc, String unsupported) {

    /** A real field and how the neutral value becomes its value; a conversion answering null leaves the field alone. */
    record Native(String path, UnaryOperator<JsonNode> convert) {
    }

    Setting {
        gen1 = List.copyOf(gen1);
        rpc = List.copyOf(rpc);
    }

    boolean secret() {
        return kind instanceof SettingKind.Secret;
    }

    List<Native> on(Generation generation) {
        return generation == Generation.GEN1 ? gen1 : rpc;
    }

    /** The native path for a matched neutral path. */
    static String path(Native field, Matcher match) {
        return match.groupCount() == 0 ? field.path() : field.path().replace("{0}", match.group(1));
    }
}
