package org.shellymanager.manager.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpClientBuffersTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(HttpClientBuffers.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(HttpClientBuffers.PROPERTY);
        } else {
            System.setProperty(HttpClientBuffers.PROPERTY, before);
        }
    }

    @Test
    void sizesTheReadBufferForDeviceRepliesWhenTheJvmWasGivenNone() {
        System.clearProperty(HttpClientBuffers.PROPERTY);

        HttpClientBuffers.sizeForDeviceReplies();

        assertThat(System.getProperty(HttpClientBuffers.PROPERTY)).isEqualTo("4096");
    }

    @Test
    void keepsASizeTheJvmWasGiven() {
        System.setProperty(HttpClientBuffers.PROPERTY, "32768");

        HttpClientBuffers.sizeForDeviceReplies();

        assertThat(System.getProperty(HttpClientBuffers.PROPERTY)).isEqualTo("32768");
    }
}
