package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.module.DemoCopy;
import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.security.PersonalDataProtection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's part of the demo district (2024, core's reference year) for a street (孙村街道) and a park (智造谷产业园),
 * read from core's demo members and never changing them: the development history of every probationary member
 * (admitted in 2024) and of every member whose probation ended in 2024, people still in the pipeline (applicants,
 * activists, candidates: new people, not members), the units' plans, transfers out of and into the platform and one
 * within it awaiting acceptance, the floating members' outflow registrations and some inflows, lost contact and two
 * endings. Seeded, so every load is equal; nothing is counted here (the figures come from the statistics queries).
 * Skipped for a unit that already has demo files.
 * <p>
 * Written into every copy of the demo district (core's {@code demoCopies}) with the same seeds, so copy k's figures
 * equal the first copy's: the units are looked up within the copy. Unit ids make plans and 志愿书 numbers unique;
 * transfer letters take the next number; the ID numbers of the people in the pipeline (not members, but they become
 * members when admitted, and core keeps ID numbers unique) carry the copy's province code ({@link DemoIdNumbers}).
 */
@Component(service = DemoDataContributor.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + MembershipModule.ID)
public class MembershipDemoData implements DemoDataContributor {
    private static final Logger LOG = LoggerFactory.getLogger(MembershipDemoData.class);
    static final int YEAR = 2024;
    static final LocalDate END = LocalDate.of(YEAR, 12, 31);
    static final String ACTOR = "demo-data";
    static final List<String> UNITS = List.of("孙村街道", "智造谷产业园");
    static final List<Integer> QUOTAS = List.of(16, 12);
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"};
    private static final String[] GIVEN = {"子涵", "浩然", "雨桐", "思远", "欣怡", "宇航", "梓萱", "俊杰", "佳琪", "明轩", "晓彤", "志强",
            "文博", "诗涵", "嘉怡", "天宇"};
    private static final String[] ELSEWHERE = {"河北省石家庄市", "河南省郑州市", "江苏省南京市", "北京市海淀区", "浙江省杭州市"};

    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final MemberService members;
    private final ModuleEnablement enablement;
    private final PersonalDataProtection personal;
    private final StepRules rules;

    @Activate
    public MembershipDemoData(@Reference(target = MembershipModule.UNIT) JpaTemplate jpa,
                              @Reference OrganizationService organizations, @Reference MemberService members,
                              @Reference ModuleEnablement enablement, @Reference PersonalDataProtection personal,
                              @Reference StepRules rules) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.members = members;
        this.enablement = enablement;
        this.personal = personal;
        this.rules = rules;
    }

    /** Early (before dues, 900, which takes minutes): it reads core's members and changes none of them. */
    @Override
    public int order() {
        return 200;
    }

    @Override
    public int contribute(DemoCopy copy) {
        enablement.enableUnlessDecided(MembershipModule.ID, copy.district().id());
        int added = 0;
        for (int i = 0; i < UNITS.size(); i++) {
            Organization unit = unit(copy, UNITS.get(i));
            if (unit == null) {
                LOG.warn("Membership demo data: core's demo district {} has no unit {}; nothing loaded for it",
                        copy.district().code(), UNITS.get(i));
                continue;
            }
            enablement.enableUnlessDecided(MembershipModule.ID, unit.id());
            boolean loaded = jpa.txExpr(TransactionType.Supports, em -> !em.createQuery("SELECT f.id FROM FileEntity f "
                    + "WHERE f.orgPath LIKE :path AND f.createdBy = :demo", Long.class).setParameter("path", unit.path() + "%")
                    .setParameter("demo", ACTOR).setMaxResults(1).getResultList().isEmpty());
            if (!loaded) {
                // the same seed in every copy: copy k's figures equal the first copy's
                int n = load(unit, QUOTAS.get(i), new Random(YEAR * 1000L + i), copy.idNumberProvince());
                LOG.info("Membership demo data: {} ({}) with {} records of {}", unit.name(), copy.district().code(), n, YEAR);
                added += n;
            }
        }
        return added;
    }

    /** The street or park of that name in this copy (every copy has one of the same name). */
    private Organization unit(DemoCopy copy, String name) {
        return organizations.search(new OrganizationQuery(name, copy.district().id(), null, null, null, null),
                        PageRequest.of(0, 10)).items().stream()
                .filter(o -> o.name().equals(name) && copy.holds(o)
                        && (o.unitType() == UnitType.PARK || o.unitType() == UnitType.STREET))
                .findFirst().orElse(null);
    }

    private List<Member> membersBelow(Organization unit) {
        List<Member> all = new ArrayList<>();
        members.forEach(MemberQuery.inSubtree(unit.id()), all::add); // in id order
        return all;
    }

    private int load(Organization unit, int quota, Random random, String province) {
        List<Member> people = membersBelow(unit);
        List<Organization> branches = new ArrayList<>();
        people.stream().map(Member::organizationId).distinct().sorted().limit(12).forEach(id -> branches.add(organizations.get(id)));
        int[] count = {0};
        DemoWriter w = new DemoWriter(rules.current(), personal, ACTOR, province);
        jpa.tx(TransactionType.Required, em -> {
            int form = 1;
            FormRangeEntity range = w.formRange(em, unit, unit.id() * 1000, LocalDate.of(YEAR - 3, 1, 10));
            for (Member m : people) {
                if (m.category() == MemberCategory.PROBATIONARY && m.joinedOn() != null) {
                    w.developed(em, m, organizations.get(m.organizationId()), random, range, unit.id() * 1000 + form++, END, people);
                    count[0]++;
                } else if (m.fullMemberOn() != null && m.fullMemberOn().getYear() == YEAR) {
                    w.developed(em, m, organizations.get(m.organizationId()), random, range, unit.id() * 1000 + form++, END, people);
                    count[0]++;
                }
            }
            // people still in the pipeline: applicants of 2024, activists of 2023/2024, candidates of 2024
            for (int i = 0; i < 18; i++) {
                Organization branch = branches.get(i % branches.size());
                Stage stage = i < 6 ? Stage.APPLICANT : i < 14 ? Stage.ACTIVIST : Stage.CANDIDATE;
                String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
                w.pipeline(em, branch, name, stage, random, people);
                count[0]++;
            }
            // the plans the higher committee approved: room for the candidates made and the members admitted, and a few more
            em.flush();
            for (int year = YEAR - 1; year <= YEAR; year++) {
                // the plan covers both the candidates made and the members admitted in the year
                long made = Math.max(Plans.count(em, StepCode.CANDIDATE, unit.path(), year),
                        Plans.count(em, StepCode.ADMISSION, unit.path(), year));
                w.plan(em, unit, year, (int) (made + quota / 4 + 4) / 5 * 5);
            }
            // transfers: three out (two receipts back, one outstanding), two in, one within awaiting acceptance
            List<Member> normal = people.stream().filter(m -> m.status() == MemberStatus.NORMAL
                    && m.category() == MemberCategory.FULL).toList();
            for (int i = 0; i < 3; i++) {
                Member m = normal.get((i + 1) * normal.size() / 5);
                w.transfer(em, TransferKind.OUT, m, organizations.get(m.organizationId()), null,
                        ELSEWHERE[random.nextInt(ELSEWHERE.length)] + "某街道党工委", LocalDate.of(YEAR, 3 + 3 * i, 5 + i), i < 2);
            }
            for (int i = 0; i < 2; i++) {
                Organization branch = branches.get((i + 1) % branches.size());
                w.transferIn(em, branch, SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)],
                        ELSEWHERE[random.nextInt(ELSEWHERE.length)] + "某社区党委", LocalDate.of(YEAR, 4 + 4 * i, 12));
            }
            if (branches.size() > 1) {
                Member m = normal.get(normal.size() / 7);
                Organization to = branches.stream().filter(b -> b.id() != m.organizationId()).findFirst().orElseThrow();
                w.transfer(em, TransferKind.WITHIN, m, organizations.get(m.organizationId()), to, null, LocalDate.of(YEAR, 12, 20), false);
            }
            count[0] += 6;
            // mobile members: every floating member flowed out; three members of elsewhere flowed in
            for (Member m : people) {
                if (m.status() == MemberStatus.FLOATING) {
                    w.outflow(em, m, organizations.get(m.organizationId()), random);
                    count[0]++;
                }
            }
            for (int i = 0; i < 3; i++) {
                w.inflow(em, branches.get(i % branches.size()), SURNAMES[random.nextInt(SURNAMES.length)]
                        + GIVEN[random.nextInt(GIVEN.length)], ELSEWHERE[random.nextInt(ELSEWHERE.length)], random);
                count[0]++;
            }
            // status: lost contact is recorded; one of them left of their own accord; one member died
            Member lapsed = null;
            for (Member m : people) {
                if (m.status() == MemberStatus.LOST_CONTACT) {
                    w.status(em, m, organizations.get(m.organizationId()), StatusKind.LOST_CONTACT,
                            LocalDate.of(YEAR, 1 + random.nextInt(5), 1 + random.nextInt(28)), "多次联系未果，经支部委员会研究认定失去联系");
                    lapsed = lapsed == null ? m : lapsed;
                    count[0]++;
                }
            }
            if (lapsed != null) {
                w.status(em, lapsed, organizations.get(lapsed.organizationId()), StatusKind.LAPSE, LocalDate.of(YEAR, 11, 15),
                        "连续六个月以上不参加党的组织生活、不交纳党费，经支部大会讨论按自行脱党予以除名，报上级党委批准");
                count[0]++;
            }
            Member died = normal.get(normal.size() / 3);
            w.status(em, died, organizations.get(died.organizationId()), StatusKind.DEATH, LocalDate.of(YEAR, 8, 9), "因病去世");
            count[0]++;
        });
        return count[0];
    }
}
