package org.shellymanager.manager.telemetry;

/** One history series: a metric of a channel of a device (a row of {@code telemetry_series}). */
record SeriesKey(String deviceId, String channel, Metric metric) {

    static SeriesKey of(Sample sample) {
        return new SeriesKey(sample.deviceId(), sample.reading().channel(), sample.reading().metric());
    }
}
