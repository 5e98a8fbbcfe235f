package org.shellymanager.manager.exchange;

import java.nio.charset.StandardCharsets;

/**
 * One file of an export.
 *
 * @param path relative path with forward slashes, such as {@code hosts} or {@code devices/a8032ab12345.toml}
 */
public record ExportFile(String path, String mediaType, byte[] content) {

    public ExportFile {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\")
                || path.equals("..") || path.startsWith("../") || path.contains("/../") || path.endsWith("/..")) {
            throw new IllegalArgumentException("an export file needs a relative path inside the export, was " + path);
        }
        if (mediaType == null || content == null) {
            throw new IllegalArgumentException("an export file needs a media type and content");
        }
    }

    public static ExportFile text(String path, String mediaType, String text) {
        return new ExportFile(path, mediaType, text.getBytes(StandardCharsets.UTF_8));
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
