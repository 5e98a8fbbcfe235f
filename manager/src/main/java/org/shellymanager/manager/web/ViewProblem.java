package org.shellymanager.manager.web;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;

/**
 * An error as a page shows it: what failed, what to do about it, and the stable problem code for reports.
 *
 * @param hint what the person can do next, or null when the detail already says it
 */
record ViewProblem(String title, String detail, String hint, String code, int status) {

    static ViewProblem of(ManagerException e) {
        return of(e.code(), e.getMessage());
    }

    static ViewProblem of(ErrorCode code, String detail) {
        return new ViewProblem(code.title(), detail, hint(code), code.code(), code.status().value());
    }

    private static String hint(ErrorCode code) {
        return switch (code) {
            case DEVICE_NOT_FOUND -> "It may have been forgotten meanwhile; go back to the device list.";
            case DEVICE_UNREACHABLE -> "Check that the device is powered and on the network, then try again.";
            case DEVICE_UNAUTHORIZED -> "Enter the device's own username and password (as set in its web page).";
            case SCAN_TARGET_INVALID, SCAN_TOO_LARGE -> "Use addresses such as 192.168.1.0/24, 192.168.1.10-192.168.1.60 or 192.168.1.20:8080.";
            case JOB_NOT_FOUND -> "Old jobs may have been cleaned up; the jobs page lists those that remain.";
            case AUTH_REQUIRED -> "Log in again; the session may have expired.";
            case AUTH_FORBIDDEN -> "Ask an administrator for a role that allows this, or reload the page if the session is old.";
            case SERVER_ERROR -> "This is a bug. The server log has the details; please report it with the code below.";
            default -> null;
        };
    }
}
