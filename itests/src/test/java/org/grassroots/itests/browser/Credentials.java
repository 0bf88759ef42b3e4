package org.grassroots.itests.browser;

import org.grassroots.itests.support.Api;

/** The administrator account the browser tests sign in with. */
final class Credentials {
    static final String USERNAME = "admin";

    private Credentials() {
    }

    static String password(Api api) {
        return System.getProperty("grassroots.itests.adminPassword", "Itest-Root-Secret-2026");
    }
}
