package org.grassroots.core.api.module;

/**
 * Where the console finds a module's pages: an ES module served by the module bundle (conventionally
 * {@code /ui/<id>/index.js}) and the position of its entry in the navigation.
 */
public record UiEntry(String script, String icon, int order) {
}
