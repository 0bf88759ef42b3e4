package org.grassroots.testkit;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The units and accounts the authorization checks need, created on the platform through its API by an
 * administrator: a district with two streets (A and B), a branch in each, a member in branch A, and one account
 * per role. The limited roles sit in subtree A (unit administrator on street A, secretary on branch A, the member
 * in branch A), so anything in B is out of their scope. Every name carries a random suffix: the world can be built
 * on a platform that already holds data, and again.
 */
public final class ScopeWorld {
    private static final String TEMPORARY = "Temp-Kit-Password-0001";
    private static final String CHOSEN = "Kit-Chosen-Passw0rd-2026";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final long district;
    private final long streetA;
    private final long branchA;
    private final long streetB;
    private final long branchB;
    private final long memberA;
    private final Map<String, PlatformClient> accounts;

    private ScopeWorld(long district, long streetA, long branchA, long streetB, long branchB, long memberA,
                       Map<String, PlatformClient> accounts) {
        this.district = district;
        this.streetA = streetA;
        this.branchA = branchA;
        this.streetB = streetB;
        this.branchB = branchB;
        this.memberA = memberA;
        this.accounts = accounts;
    }

    /**
     * Builds the world with {@code admin} (an account that may create units, members and accounts, e.g. the
     * platform's initial administrator) and enables {@code modules} for the district.
     */
    public static ScopeWorld build(PlatformClient admin, String... modules) {
        String suffix = Long.toString(Math.abs(RANDOM.nextLong()) % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        long district = unit(admin, "KD" + suffix, null, "DISTRICT");
        long streetA = unit(admin, "KA" + suffix, district, "STREET");
        long branchA = unit(admin, "KA1" + suffix, streetA, "BRANCH");
        long streetB = unit(admin, "KB" + suffix, district, "STREET");
        long branchB = unit(admin, "KB1" + suffix, streetB, "BRANCH");
        long memberA = member(admin, branchA);
        for (String module : modules) {
            admin.send("PUT", "/modules/" + module + "/enablement/" + district, PlatformClient.json("enabled", true))
                    .expect(200);
        }
        Map<String, PlatformClient> accounts = new LinkedHashMap<>();
        String tag = suffix.toLowerCase(Locale.ROOT);
        for (String role : AuthorizationMatrix.ROLES) {
            Long unit = switch (role) {
                case "UNIT_ADMIN" -> streetA;
                case "SECRETARY" -> branchA;
                default -> null;
            };
            Long member = role.equals("MEMBER") ? memberA : null;
            accounts.put(role, account(admin, "kit-" + role.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + tag,
                    role, unit, member));
        }
        return new ScopeWorld(district, streetA, branchA, streetB, branchB, memberA, Map.copyOf(accounts));
    }

    public long district() {
        return district;
    }

    /** The unit in a role's scope where its rights start (street A for a unit administrator, else branch A). */
    public long unitInScope(String role) {
        return "UNIT_ADMIN".equals(role) ? streetA : branchA;
    }

    /** A unit outside the scope of every limited role. */
    public long unitOutOfScope() {
        return branchB;
    }

    public long streetB() {
        return streetB;
    }

    public long memberInScope() {
        return memberA;
    }

    /** The signed-in client of a role's account. */
    public PlatformClient as(String role) {
        PlatformClient client = accounts.get(role);
        if (client == null) {
            throw new IllegalArgumentException("no account for role " + role + "; roles: " + accounts.keySet());
        }
        return client;
    }

    private static long unit(PlatformClient admin, String code, Long parent, String type) {
        boolean branch = type.equals("BRANCH");
        return admin.send("POST", "/organizations", PlatformClient.json("code", code, "name", code + " 测试组织",
                        "parentId", parent, "unitType", branch ? "COMMUNITY" : type,
                        "partyOrgType", branch ? "BRANCH" : "WORKING_COMMITTEE", "domain", "URBAN_COMMUNITY",
                        "foundedOn", "2001-07-01", "status", "ACTIVE"))
                .expect(201).json().get("id").asLong();
    }

    private static long member(PlatformClient admin, long unit) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(RANDOM.nextInt(365 * 35));
        String idNumber = idNumber(birth, RANDOM.nextInt(500) * 2 + 1);
        return admin.send("POST", "/members", PlatformClient.json("name", "测试党员", "sex", "MALE", "ethnicity", "汉族",
                        "birthDate", birth.toString(), "idNumber", idNumber, "education", "本科", "phone", "13800138000",
                        "category", "FULL", "joinedOn", birth.plusYears(25).toString(),
                        "fullMemberOn", birth.plusYears(26).toString(), "organizationId", unit, "post", "党员",
                        "status", "NORMAL", "tags", List.of()))
                .expect(201).json().get("id").asLong();
    }

    /** A valid citizen ID number (GB 11643-1999) of a man born on {@code birth}. */
    static String idNumber(LocalDate birth, int oddSequence) {
        String first17 = "370102" + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), oddSequence);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** An account with a temporary password, signed in once to choose its own (as the platform requires). */
    private static PlatformClient account(PlatformClient admin, String username, String role, Long unit, Long member) {
        admin.send("POST", "/api/auth/accounts", PlatformClient.json("username", username, "displayName", username,
                "roles", List.of(role), "organizationId", unit, "memberId", member, "password", TEMPORARY))
                .expect(201);
        PlatformClient.signIn(admin.base(), username, TEMPORARY).send("POST", "/api/auth/password",
                PlatformClient.json("currentPassword", TEMPORARY, "newPassword", CHOSEN)).expect(204);
        return PlatformClient.basic(admin.base(), username, CHOSEN);
    }
}
