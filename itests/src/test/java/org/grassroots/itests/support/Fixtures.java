package org.grassroots.itests.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Creates units and members over REST, asserting that each creation succeeds. */
public final class Fixtures {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** Differs between runs, so codes never repeat even against a database that outlived a run. */
    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36).toUpperCase();

    private final Api api;

    public Fixtures(Api api) {
        this.api = api;
    }

    /** A unit code that no other call hands out, e.g. {@code T-K3F-17}. */
    public static String code(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    public static ObjectNode unitDraft(String code, String name, Long parentId, String unitType, String partyOrgType) {
        return Json.obj("code", code, "name", name, "parentId", parentId, "unitType", unitType,
                "partyOrgType", partyOrgType, "domain", "URBAN_COMMUNITY", "foundedOn", "2001-07-01",
                "status", "ACTIVE");
    }

    /** Creates a unit; its name is its code with a Chinese suffix. */
    public JsonNode unit(String code, Long parentId, String unitType, String partyOrgType) {
        return api.post("/organizations", unitDraft(code, code + "党组织", parentId, unitType, partyOrgType))
                .expect(201).json();
    }

    /** A new root with a Party working committee (a fresh subtree for one test). */
    public JsonNode root(String prefix) {
        return unit(code(prefix), null, "STREET", "WORKING_COMMITTEE");
    }

    /** A community with a Party branch below {@code parent}. */
    public JsonNode branch(JsonNode parent, String prefix) {
        return unit(code(prefix), parent.get("id").asLong(), "COMMUNITY", "BRANCH");
    }

    /** A valid member draft whose birth date and sex agree with the ID number. */
    public static ObjectNode memberDraft(String name, String idNumber, long organizationId) {
        LocalDate birth = IdNumbers.birthDate(idNumber);
        return Json.obj("name", name, "sex", IdNumbers.isMale(idNumber) ? "MALE" : "FEMALE", "ethnicity", "汉族",
                "birthDate", birth.toString(), "idNumber", idNumber, "education", "本科", "phone", "13800138000",
                "category", "FULL", "joinedOn", birth.plusYears(25).toString(),
                "fullMemberOn", birth.plusYears(26).toString(), "organizationId", organizationId, "post", "党员",
                "status", "NORMAL", "tags", List.of());
    }

    public JsonNode member(ObjectNode draft) {
        return api.post("/members", draft).expect(201).json();
    }

    public JsonNode member(String name, long organizationId) {
        return member(memberDraft(name, IdNumbers.next(true), organizationId));
    }

    public static long id(JsonNode node) {
        return node.get("id").asLong();
    }

    public static long version(JsonNode node) {
        return node.get("version").asLong();
    }
}
