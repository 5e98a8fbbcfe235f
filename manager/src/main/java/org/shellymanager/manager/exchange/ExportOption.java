package org.shellymanager.manager.exchange;

import java.util.List;

/**
 * One option an exporter accepts.
 *
 * @param choices the allowed values of a {@link Type#CHOICE} option, else empty
 * @param defaultValue the value used when none is given, or null when the option may be left out
 */
public record ExportOption(String name, Type type, String description, String defaultValue, List<String> choices) {

    public enum Type { TEXT, BOOLEAN, INTEGER, CHOICE }

    public ExportOption {
        if (name == null || !name.matches("[a-z][a-z0-9-]*") || type == null || description == null) {
            throw new IllegalArgumentException("an export option needs a lowercase name, a type and a description");
        }
        choices = List.copyOf(choices);
        if ((type == Type.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("option " + name + ": choices are given for CHOICE options and only those");
        }
    }

    public static ExportOption text(String name, String description, String defaultValue) {
        return new ExportOption(name, Type.TEXT, description, defaultValue, List.of());
    }

    public static ExportOption bool(String name, String description, boolean defaultValue) {
        return new ExportOption(name, Type.BOOLEAN, description, Boolean.toString(defaultValue), List.of());
    }

    public static ExportOption integer(String name, String description, int defaultValue) {
        return new ExportOption(name, Type.INTEGER, description, Integer.toString(defaultValue), List.of());
    }

    public static ExportOption choice(String name, String description, List<String> choices) {
        return new ExportOption(name, Type.CHOICE, description, choices.getFirst(), choices);
    }

    /** Why the value does not fit this option, or null when it does. */
    public String problem(String value) {
        return switch (type) {
            case TEXT -> value.length() > 65_536 ? "option " + name + " is longer than 65,536 characters" : null;
            case BOOLEAN -> value.matches("true|false") ? null : "option " + name + " must be true or false, was '" + value + "'";
            case INTEGER -> value.matches("-?\\d{1,9}") ? null : "option " + name + " must be a whole number, was '" + value + "'";
            case CHOICE -> choices.contains(value) ? null : "option " + name + " must be one of " + choices + ", was '" + value + "'";
        };
    }
}
