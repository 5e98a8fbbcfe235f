package org.shellymanager.manager.security;

import java.time.Duration;
import java.util.Map;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;

/** A login refused without checking the password, because of recent failures; says when to try again. */
final class LoginLockedException extends ManagerException {

    private final Duration retryAfter;

    LoginLockedException(Duration retryAfter) {
        super(ErrorCode.AUTH_LOCKED, "Too many failed logins for this account or from this address; try again in "
                + seconds(retryAfter) + " s.", Map.of("retryAfterSeconds", seconds(retryAfter)));
        this.retryAfter = retryAfter;
    }

    static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
