package org.shellymanager.manager.platform;

/**
 * The read buffer of the JDK HTTP client, sized for device replies. The client reads each connection into buffers of
 * {@code jdk.httpclient.bufsize} bytes (16 KiB by default) and Shelly devices close the connection after every answer,
 * so each poll allocated a fresh 16 KiB buffer for a status reply of one to four KiB: about a quarter of all the
 * memory polling allocated. With 4 KiB a status reply takes one or two buffers; longer replies take more reads.
 * The property is read once, when the client is first used, so this runs first thing in {@code main}; a
 * {@code -Djdk.httpclient.bufsize} given to the JVM wins.
 */
public final class HttpClientBuffers {

    static final String PROPERTY = "jdk.httpclient.bufsize";
    static final String DEVICE_REPLY_SIZE = "4096";

    private HttpClientBuffers() {
    }

    /** Sets the read buffer size unless the JVM was given one. */
    public static void sizeForDeviceReplies() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, DEVICE_REPLY_SIZE);
        }
    }
}
