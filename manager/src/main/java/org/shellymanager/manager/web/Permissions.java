package org.shellymanager.manager.web;

import org.shellymanager.manager.security.Callers;
import org.shellymanager.manager.security.Role;

/**
 * What the person looking at a page may do, so that pages show only the buttons that would work for them (the
 * server checks the role again on every request).
 *
 * @param operate    an operator or admin: start, pause, resume and cancel work
 * @param administer an admin: change the firmware cache and settings
 */
record Permissions(boolean operate, boolean administer) {

    static Permissions ofCaller() {
        return new Permissions(Callers.may(Role.OPERATOR), Callers.may(Role.ADMIN));
    }
}
