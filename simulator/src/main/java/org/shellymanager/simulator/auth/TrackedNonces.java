package org.shellymanager.simulator.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Firmware 2.0 and later: opaque base64 nonces, each valid for an hour and 30,000 uses with a strictly increasing
 * {@code nc} that starts at 1. There are 32 slots. When all are taken, the least recently used slot is given up if it
 * has been idle for two seconds; otherwise no nonce is issued (HTTP 429), so only bursts hit the limit.
 */
public final class TrackedNonces implements NonceBook {

    static final int SLOTS = 32;
    private static final long LIFETIME_MS = 3_600_000;
    private static final int MAX_USES = 30_000;
    private static final long EVICTION_IDLE_MS = 2_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Slot> slots = new HashMap<>();

    @Override
    public synchronized Optional<Nonce> issue(long nowMs) {
        slots.values().removeIf(slot -> nowMs - slot.createdMs >= LIFETIME_MS || slot.uses >= MAX_USES);
        if (slots.size() >= SLOTS && !evictIdle(nowMs)) {
            return Optional.empty();
        }
        byte[] bytes = new byte[33];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes).substring(0, 43) + "=";
        slots.put(nonce, new Slot(nowMs));
        return Optional.of(new Nonce(nonce, nonce));
    }

    @Override
    public synchronized Verdict check(String nonce, long nc, boolean fromHeader, long nowMs) {
        Slot slot = slots.get(nonce);
        if (slot == null) {
            return Verdict.STALE;
        }
        if (nowMs - slot.createdMs >= LIFETIME_MS || slot.uses >= MAX_USES) {
            slots.remove(nonce);
            return Verdict.STALE;
        }
        if (nc <= slot.lastNc) {
            return Verdict.INVALID;
        }
        slot.lastNc = nc;
        slot.uses++;
        slot.lastUsedMs = nowMs;
        return Verdict.VALID;
    }

    private boolean evictIdle(long nowMs) {
        String oldest = null;
        long oldestUse = Long.MAX_VALUE;
        for (Map.Entry<String, Slot> entry : slots.entrySet()) {
            if (entry.getValue().lastUsedMs < oldestUse) {
                oldestUse = entry.getValue().lastUsedMs;
                oldest = entry.getKey();
            }
        }
        if (oldest != null && nowMs - oldestUse >= EVICTION_IDLE_MS) {
            slots.remove(oldest);
            return true;
        }
        return false;
    }

    private static final class Slot {
        private final long createdMs;
        private long lastUsedMs;
        private long lastNc;
        private int uses;

        Slot(long createdMs) {
            this.createdMs = createdMs;
            this.lastUsedMs = createdMs;
        }
    }
}
