package org.shellymanager.manager.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code shelly-manager.web}.
 *
 * @param liveInterval how often a page's live regions (status cells, job progress, fleet counts) are re-rendered
 *                     and, when they changed, sent to the browser over Server-Sent Events
 * @param liveTimeout  how long one live stream stays open; the browser reconnects by itself afterwards
 * @param pageSize     rows per page in the devices and jobs tables (at most 500)
 * @param mapDevices   most devices the network map draws one by one; a larger fleet is drawn as one node per room
 *                     and subnet, whose devices load when it is opened
 * @param mapGroups    most such room groups the network map shows at once; a fleet with more is drawn as one node
 *                     per subnet, whose rooms load when it is opened
 */
@ConfigurationProperties("shelly-manager.web")
public record WebProperties(@DefaultValue("2s") Duration liveInterval, @DefaultValue("30m") Duration liveTimeout,
                            @DefaultValue("50") int pageSize, @DefaultValue("500") int mapDevices,
                            @DefaultValue("100") int mapGroups) {

    public WebProperties {
        if (liveInterval.toMillis() < 100 || liveTimeout.compareTo(liveInterval) <= 0) {
            throw new IllegalArgumentException("shelly-manager.web.live-interval must be at least 100ms and below live-timeout");
        }
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("shelly-manager.web.page-size must be from 1 to 500, was " + pageSize);
        }
        if (mapDevices < 0) {
            throw new IllegalArgumentException("shelly-manager.web.map-devices must be 0 or more, was " + mapDevices);
        }
        if (mapGroups < 0) {
            throw new IllegalArgumentException("shelly-manager.web.map-groups must be 0 or more, was " + mapGroups);
        }
    }
}
