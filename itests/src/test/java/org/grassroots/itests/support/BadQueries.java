package org.grassroots.itests.support;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bad query parameters for the list endpoints every module describes: pages before the first and far past the last,
 * absurd page sizes, unknown choices, impossible and out-of-window dates, numbers that are not numbers or overflow,
 * booleans that are neither. Each must answer 4xx problem+json, never 500 (and never quietly read as a default).
 */
public final class BadQueries {
    /** One bad request: the parameter, what is wrong with it, the address. */
    public record Case(OpenApiUploads.ListParameter parameter, String kind, String value) {
        public String url() {
            return parameter.path() + "?" + (parameter.base().isEmpty() ? "" : parameter.base() + "&")
                    + parameter.name() + "=" + value;
        }

        @Override
        public String toString() {
            return "GET " + url() + " [" + kind + "]";
        }
    }

    public List<Case> of(OpenApiUploads.ListParameter parameter) {
        JsonNode schema = parameter.schema();
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        List<Case> cases = new ArrayList<>();
        if ("page".equals(parameter.name())) {
            add(cases, parameter, "page before the first", "-1");
            add(cases, parameter, "page overflowing the offset", "999999999");
        } else if ("size".equals(parameter.name())) {
            add(cases, parameter, "negative size", "-5");
            add(cases, parameter, "size 10^9", "1000000000");
        } else if (schema.has("enum")) {
            add(cases, parameter, "unknown choice", "NO_SUCH_VALUE");
            add(cases, parameter, "choice by number", "1");
        } else if ("date".equals(format)) {
            add(cases, parameter, "impossible date", "2024-02-30");
            add(cases, parameter, "date before 1900", "1800-01-01");
            add(cases, parameter, "date after 2200", "9999-12-31");
            add(cases, parameter, "not a date", "yesterday");
        } else if ("integer".equals(type)) {
            add(cases, parameter, "integer not a number", "abc");
            add(cases, parameter, "integer as decimal", "1.5");
            add(cases, parameter, "integer overflow", "99999999999999999999");
        } else if ("number".equals(type)) {
            add(cases, parameter, "number not a number", "abc");
            add(cases, parameter, "number not finite", "1e400");
        } else if ("boolean".equals(type)) {
            add(cases, parameter, "boolean neither", "maybe");
        }
        return cases;
    }

    private static void add(List<Case> cases, OpenApiUploads.ListParameter parameter, String kind, String value) {
        cases.add(new Case(parameter, kind, value));
    }
}
