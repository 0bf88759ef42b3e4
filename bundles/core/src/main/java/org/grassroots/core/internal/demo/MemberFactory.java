package org.grassroots.core.internal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.Sex;
import org.grassroots.core.api.UnitType;

/**
 * Makes synthetic members whose fields agree with each other the way the validator demands: the ID number
 * is valid and encodes the birth date and sex, members joined at 18 or later, full members passed one year
 * of probation before the reference date, floating members have a destination.
 * <p>
 * Stateful (one random generator, one ID registry): create members in a fixed order to get the same ones.
 */
final class MemberFactory {

    static final String RIDER = "骑手";
    static final String COURIER = "快递员";
    static final String RIDE_HAIL_DRIVER = "网约车司机";
    static final String NEEDY = "困难党员";
    static final String FIRST_SECRETARY = "第一书记";

    private static final double PROBATIONARY_SHARE = 0.05;
    private static final double LOST_CONTACT_SHARE = 0.01;
    private static final double FLOATING_SHARE = 0.02;
    private static final double TRADE_TAG_SHARE = 0.8;
    /** Share of community residents who work as riders, couriers or drivers and registered where they live. */
    private static final double RESIDENT_NEW_EMPLOYMENT_SHARE = 0.02;
    private static final double NEEDY_SHARE_OF_ELDERLY = 0.12;
    private static final int ELDERLY_BORN_BEFORE = 1956;
    private static final int PROBATION_YEARS = 1;

    /** 历城区 first: the rural streets came from it; then other Jinan and Shandong codes, some retired. */
    private static final String LOCAL_ADDRESS_CODE = "370112";
    static final String SHANDONG = "37";
    private static final List<String> OTHER_ADDRESS_CODES =
            List.of("370102", "370105", "370181", "370126", "370783", "371321", "372301");
    static final List<String> ADDRESS_CODES =
            Stream.concat(Stream.of(LOCAL_ADDRESS_CODE), OTHER_ADDRESS_CODES.stream()).toList();

    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "134", "135", "136",
            "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "175", "176",
            "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "198", "199");
    private static final Weighted<String> MINORITY_ETHNICITIES = Weighted.<String>builder()
            .add("回族", 60).add("满族", 20).add("蒙古族", 10).add("壮族", 10).build();
    private static final double HAN_SHARE = 0.985;
    private static final Weighted<String> LEADER_EDUCATION = Weighted.<String>builder()
            .add("大专", 30).add("大学本科", 55).add("研究生", 15).build();
    private static final List<String> FLOATING_DESTINATIONS = List.of("北京市朝阳区", "上海市浦东新区", "深圳市南山区",
            "杭州市余杭区", "青岛市黄岛区", "天津市滨海新区", "广州市天河区", "苏州市工业园区", "南京市江宁区",
            "烟台市芝罘区", "潍坊市奎文区", "成都市高新区");
    private static final List<String> NEW_EMPLOYMENT_TAGS = List.of(RIDER, COURIER, RIDE_HAIL_DRIVER);

    private enum Role { SECRETARY, FIRST_SECRETARY, MEMBER }

    private final SplittableRandom random;
    private final LocalDate referenceDate;
    /** Full members joined at least one year of probation before the reference date. */
    private final LocalDate latestFullMemberJoining;
    /** The first two digits of the ID numbers' address codes: Shandong's, or another province's in a copy. */
    private final String province;
    private final IdNumberRegistry idNumbers;

    MemberFactory(long seed, LocalDate referenceDate) {
        this(seed, referenceDate, SHANDONG);
    }

    /**
     * A factory whose members' ID numbers carry another province's code ({@code province}, two digits) and are
     * otherwise the same: the copies of the demo district draw the same people, and ID numbers are unique.
     */
    MemberFactory(long seed, LocalDate referenceDate, String province) {
        this.province = province;
        this.idNumbers = new IdNumberRegistry(ADDRESS_CODES.stream().map(c -> province + c.substring(2)).toList());
        this.random = new SplittableRandom(seed);
        this.referenceDate = referenceDate;
        this.latestFullMemberJoining = referenceDate.minusYears(PROBATION_YEARS);
    }

    /**
     * The {@code index}-th member of {@code host}. The first member is the secretary; in a village with a
     * first secretary (第一书记) the second member is that cadre.
     */
    MemberDraft create(MemberHost host, int index) {
        Role role = index == 0 ? Role.SECRETARY
                : index == 1 && host.hasFirstSecretary() ? Role.FIRST_SECRETARY : Role.MEMBER;
        MemberProfile profile = host.profile();
        MemberCategory category = role == Role.MEMBER && random.nextDouble() < PROBATIONARY_SHARE
                ? MemberCategory.PROBATIONARY : MemberCategory.FULL;
        Sex sex = random.nextDouble() < profile.maleShare() ? Sex.MALE : Sex.FEMALE;
        LocalDate birthDate = birthDate(profile, role, category);
        String addressCode = random.nextDouble() < profile.localShare() ? LOCAL_ADDRESS_CODE
                : OTHER_ADDRESS_CODES.get(random.nextInt(OTHER_ADDRESS_CODES.size()));
        String idNumber = idNumbers.issue(province + addressCode.substring(2), birthDate, sex);
        String name = ChineseNames.person(random, sex);
        String ethnicity = random.nextDouble() < HAN_SHARE ? "汉族" : MINORITY_ETHNICITIES.pick(random);
        String education = role == Role.MEMBER ? profile.education().pick(random) : LEADER_EDUCATION.pick(random);
        String phone = MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size())) + eightDigits();
        LocalDate joinedOn = category == MemberCategory.PROBATIONARY ? joinedDuringProbation() : joinedAsFull(birthDate);
        LocalDate fullMemberOn = category == MemberCategory.FULL ? joinedOn.plusYears(PROBATION_YEARS) : null;

        String post;
        Set<String> tags = Set.of();
        switch (role) {
            case SECRETARY -> post = secretaryPost(host);
            case FIRST_SECRETARY -> {
                post = "驻村第一书记";
                tags = Set.of(FIRST_SECRETARY);
            }
            default -> {
                post = profile.post().pick(random);
                String newEmployment = newEmploymentTag(host);
                if (newEmployment != null) {
                    post = newEmploymentPost(newEmployment);
                    tags = Set.of(newEmployment);
                } else if (isNeedy(profile, birthDate)) {
                    tags = Set.of(NEEDY);
                }
            }
        }

        MemberStatus status = MemberStatus.NORMAL;
        String floatingDestination = null;
        if (role == Role.MEMBER) {
            double draw = random.nextDouble();
            if (draw < LOST_CONTACT_SHARE) {
                status = MemberStatus.LOST_CONTACT;
            } else if (draw < LOST_CONTACT_SHARE + FLOATING_SHARE) {
                status = MemberStatus.FLOATING;
                floatingDestination = FLOATING_DESTINATIONS.get(random.nextInt(FLOATING_DESTINATIONS.size()));
            }
        }
        return new MemberDraft(name, sex, ethnicity, birthDate, idNumber, education, phone, category, joinedOn,
                fullMemberOn, null, post, status, floatingDestination, null, tags);
    }

    /**
     * Secretaries are of working age, new (probationary) members mostly young, first secretaries mid-career
     * cadres; everyone else follows the profile of the unit.
     */
    private LocalDate birthDate(MemberProfile profile, Role role, MemberCategory category) {
        int year;
        if (role == Role.SECRETARY) {
            year = between(1964, 1994);
        } else if (role == Role.FIRST_SECRETARY) {
            year = between(1975, 1995);
        } else if (category == MemberCategory.PROBATIONARY) {
            year = between(1988, IdNumberRegistry.LATEST_BIRTH.getYear());
        } else {
            year = profile.birthYear(random);
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        return first.plusDays(random.nextInt(first.lengthOfYear()));
    }

    /** Most people join in their twenties; the age at joining is 18 plus a half-normal spread. */
    private LocalDate joinedAsFull(LocalDate birthDate) {
        LocalDate eighteenthBirthday = birthDate.plusYears(18);
        int yearsAfter18 = (int) Math.min(27, Math.abs(gaussian()) * 7);
        LocalDate joinedOn = eighteenthBirthday.plusYears(yearsAfter18).plusDays(random.nextInt(365));
        if (joinedOn.isAfter(latestFullMemberJoining)) {
            // too young to have finished probation at that age: joined some time between 18 and the last possible day
            long span = latestFullMemberJoining.toEpochDay() - eighteenthBirthday.toEpochDay();
            joinedOn = eighteenthBirthday.plusDays(random.nextLong(span + 1));
        }
        return joinedOn;
    }

    /** Probationary members joined within the last year before the reference date. */
    private LocalDate joinedDuringProbation() {
        LocalDate first = latestFullMemberJoining.plusDays(1);
        long span = referenceDate.toEpochDay() - first.toEpochDay();
        return first.plusDays(random.nextLong(span + 1));
    }

    private static String secretaryPost(MemberHost host) {
        if (host.unitType() == UnitType.VILLAGE) {
            return "党支部书记、村委会主任";
        }
        return host.partyOrgType().label() + "书记";
    }

    /** Members of a trade organization mostly work in that trade; a few residents of communities do too. */
    private String newEmploymentTag(MemberHost host) {
        if (host.tradeTag() != null) {
            return random.nextDouble() < TRADE_TAG_SHARE ? host.tradeTag() : null;
        }
        if (host.profile() == MemberProfile.RESIDENTS
                && (host.unitType() == UnitType.COMMUNITY || host.unitType() == UnitType.GRID)
                && random.nextDouble() < RESIDENT_NEW_EMPLOYMENT_SHARE) {
            return NEW_EMPLOYMENT_TAGS.get(random.nextInt(NEW_EMPLOYMENT_TAGS.size()));
        }
        return null;
    }

    private static String newEmploymentPost(String tag) {
        return tag.equals(RIDER) ? "外卖骑手" : tag;
    }

    /** 困难党员 are mostly elderly members in villages and communities who get regular visits and support. */
    private boolean isNeedy(MemberProfile profile, LocalDate birthDate) {
        return (profile == MemberProfile.VILLAGERS || profile == MemberProfile.RESIDENTS)
                && birthDate.getYear() < ELDERLY_BORN_BEFORE
                && random.nextDouble() < NEEDY_SHARE_OF_ELDERLY;
    }

    private String eightDigits() {
        String digits = String.valueOf(random.nextInt(100_000_000));
        return "0".repeat(8 - digits.length()) + digits;
    }

    /**
     * A standard normal draw by Box-Muller, written out so that the demo data does not change when a JDK
     * changes its own Gaussian algorithm.
     */
    private double gaussian() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
