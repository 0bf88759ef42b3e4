package org.grassroots.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.grassroots.core.api.audit.FieldChange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Field changes of an audit line, stored as a JSON array in {@code CORE_AUDIT.CHANGES}. */
final class AuditChanges {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX = 16000;

    private AuditChanges() {
    }

    static String toJson(List<FieldChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        try {
            List<FieldChange> kept = new ArrayList<>(changes);
            String json = JSON.writeValueAsString(kept);
            while (json.length() > MAX && !kept.isEmpty()) {
                kept.remove(kept.size() - 1);
                json = JSON.writeValueAsString(kept);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<FieldChange> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<FieldChange>>() { });
        } catch (JsonProcessingException e) {
            return List.of(new FieldChange("?", null, json));
        }
    }
}
