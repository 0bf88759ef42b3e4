package org.grassroots.rural.internal.rest;

/**
 * Who a REST write is attributed to until the platform's security API names the signed-in user; every step of a
 * workflow stores it with the time.
 */
final class Channels {
    static final String REST = "rest";

    private Channels() {
    }
}
