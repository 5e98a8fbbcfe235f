package org.shellymanager.manager.cli;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** How devices look in table output. */
final class DeviceViews {

    static final Table LIST = new Table(List.of(
            Table.field("ID", "id"),
            Table.field("NAME", "name"),
            new Table.Column("MODEL", DeviceViews::model),
            Table.field("GEN", "generation"),
            Table.field("ADDRESS", "address"),
            Table.field("FIRMWARE", "firmware"),
            new Table.Column("ONLINE", row -> yesNo(row.path("online"))),
            new Table.Column("LOGIN", DeviceViews::login),
            Table.field("ROOM", "room"),
            Table.field("TAGS", "tags")));

    private DeviceViews() {
    }

    /** The product name with the model code, or the code alone for a model the catalogue does not know. */
    static String model(JsonNode device) {
        String code = Table.text(device.path("model"));
        String product = device.path("productName").asString("");
        return product.isBlank() || product.equals(code) ? code : product + " (" + code + ")";
    }

    /** Whether the manager can log in: {@code needed} when the device wants credentials it has not got. */
    static String login(JsonNode device) {
        if (device.path("needsCredentials").asBoolean(false)) {
            return "needed";
        }
        return device.path("hasCredentials").asBoolean(false) ? "stored" : "-";
    }

    private static String yesNo(JsonNode value) {
        return value.isBoolean() ? (value.booleanValue() ? "yes" : "no") : "-";
    }

    /** The footer under a page of devices: which ones of how many, and how to get the next page. */
    static String footer(JsonNode page) {
        long total = page.path("total").asLong();
        int number = page.path("page").asInt();
        int size = Math.max(1, page.path("size").asInt(1));
        int shown = page.path("items").size();
        if (total == 0) {
            return "0 devices";
        }
        long first = (long) number * size + 1;
        String line = shown == 0 ? "page " + number + " is past the end; " + total + " devices in all"
                : "devices " + first + "-" + (first + shown - 1) + " of " + total;
        return first + shown - 1 < total ? line + "; next page: --page " + (number + 1) : line;
    }
}
