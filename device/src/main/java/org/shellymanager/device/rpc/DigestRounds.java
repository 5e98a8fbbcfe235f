package org.shellymanager.device.rpc;

import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.auth.DigestChallenge;
import org.shellymanager.device.auth.DigestSession;

/**
 * The digest challenges of one call, over HTTP or WebSocket alike: each is answered, unless there is no password to
 * answer with, or the device challenges afresh right after a fresh challenge was answered (it refused the password).
 */
final class DigestRounds {

    private final DeviceAddress address;
    private final DigestSession session;
    private boolean answeredFreshChallenge;

    DigestRounds(DeviceAddress address, DigestSession session) {
        this.address = address;
        this.session = session;
    }

    /** Takes the challenge into the session for the next try, or throws why the call cannot get in. */
    void answer(DigestChallenge challenge) {
        if (session == null) {
            throw new DeviceUnauthorizedException(address, "the device requires a password and none was given");
        }
        if (answeredFreshChallenge && !challenge.stale()) {
            throw new DeviceUnauthorizedException(address, "the device refused the password");
        }
        session.accept(challenge);
        answeredFreshChallenge = !challenge.stale();
    }

    /** What to throw once the rounds are used up. */
    DeviceUnauthorizedException exhausted() {
        return new DeviceUnauthorizedException(address, "no accepted answer after repeated digest challenges");
    }
}
