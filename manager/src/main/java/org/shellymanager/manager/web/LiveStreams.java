package org.shellymanager.manager.web;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Event streams of HTML fragments. Each stream re-renders its fragment every
 * {@link WebProperties#liveInterval()} on a virtual thread and sends it as a {@code fragment} event when it
 * changed; the page's script swaps the elements in by id. Streams end when the browser goes away, after
 * {@link WebProperties#liveTimeout()} (the browser then reconnects) or when the server stops.
 */
@Component
class LiveStreams implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private final WebProperties properties;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    LiveStreams(WebProperties properties) {
        this.properties = properties;
    }

    /** Opens a stream of the fragment that {@code render} produces. */
    SseEmitter open(Supplier<String> render) {
        SseEmitter emitter = new SseEmitter(properties.liveTimeout().toMillis());
        Map<String, Boolean> state = new ConcurrentHashMap<>();
        Runnable close = () -> {
            state.put("closed", true);
            open.remove(emitter);
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        open.add(emitter);
        Thread.ofVirtual().name("live-stream").start(() -> {
            String last = null;
            while (!stopping && !state.containsKey("closed")) {
                try {
                    String html = render.get().replace('\n', ' ').replace('\r', ' ');
                    if (!html.equals(last)) {
                        emitter.send(SseEmitter.event().name("fragment").data(html));
                        last = html;
                    }
                    Thread.sleep(properties.liveInterval());
                } catch (IOException | IllegalStateException e) {
                    close.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    close.run();
                } catch (RuntimeException e) {
                    log.warn("live stream stopped: {}", e.toString());
                    emitter.completeWithError(e);
                    close.run();
                }
            }
        });
        return emitter;
    }

    @Override
    public void destroy() {
        stopping = true;
        open.forEach(SseEmitter::complete);
        open.clear();
    }
}
