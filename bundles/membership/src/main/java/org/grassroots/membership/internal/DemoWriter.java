package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import javax.persistence.EntityManager;

import org.grassroots.core.api.IdNumbers;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.security.PersonalDataProtection;

/**
 * Writes the demo district's records as a branch would have recorded them over the years (dated steps in the order
 * and intervals of the rules), straight into the module's tables inside the demo loader's transaction: the history
 * of members admitted before the module existed cannot go through the services, which would create them in core.
 */
final class DemoWriter {
    private final PipelineRules rules;
    private final PersonalDataProtection personal;
    private final String actor;
    /** The first two digits of the pipeline people's ID numbers: the copy's province ({@link DemoIdNumbers}). */
    private final String province;
    private int idSequence = 11;

    DemoWriter(PipelineRules rules, PersonalDataProtection personal, String actor, String province) {
        this.rules = rules;
        this.personal = personal;
        this.actor = actor;
        this.province = province;
    }

    void plan(EntityManager em, Organization unit, int year, int quota) {
        PlanEntity p = new PlanEntity();
        p.organizationId = unit.id();
        p.orgPath = unit.path();
        p.year = year;
        p.quota = quota;
        p.note = year + "年度发展党员计划（经上级党委核定）";
        p.updatedAt = UtcTimes.now();
        p.updatedBy = actor;
        em.persist(p);
    }

    /** The 志愿书 numbers the district issued to the unit (a thousand, from {@code first}) before the demo's year. */
    FormRangeEntity formRange(EntityManager em, Organization unit, long first, LocalDate issuedOn) {
        FormRangeEntity r = new FormRangeEntity();
        r.organizationId = unit.id();
        r.orgPath = unit.path();
        r.issuerId = unit.parentId() == null ? unit.id() : unit.parentId();
        r.first = first;
        r.last = first + 999;
        r.digits = String.valueOf(first).length();
        r.issuedOn = issuedOn;
        r.note = "上级党委统一印制下发";
        r.createdAt = UtcTimes.now();
        r.createdBy = actor;
        em.persist(r);
        return r;
    }

    /** The file of a member developed before the module: the whole history up to admission, probation and 转正. */
    void developed(EntityManager em, Member m, Organization org, Random r, FormRangeEntity range, long formNumber,
                   LocalDate end, List<Member> people) {
        LocalDate joined = m.joinedOn();
        LocalDate app = joined.minusDays(730 + r.nextInt(200));
        FileEntity f = file(em, org, m.name(), m.sex(), null, null, app);
        f.memberId = m.id();
        LocalDate act = app.plusDays(90 + r.nextInt(30));
        applicantSteps(em, f, app, act, r, people, m.id());
        LocalDate cand = act.plusDays(370 + r.nextInt(30));
        reports(em, f, act, cand);
        candidateSteps(em, f, cand, r, people, m.id(), end);
        step(em, f, StepCode.FORM, cand.plusDays(110), null, null);
        f.formNumber = String.valueOf(formNumber);
        FormRanges.take(em, range, f.formNumber, f.id, actor);
        StepEntity notice = step(em, f, StepCode.PUBLIC_NOTICE, cand.plusDays(120), null, "在党员群众中公示");
        notice.days = 5 + r.nextInt(3);
        vote(em, f, StepCode.ADMISSION, joined, r, "支部大会讨论，同意接收为中共预备党员");
        f.stage = Stage.PROBATIONARY;
        f.joinedOn = joined;
        f.probationEndsOn = rules.probationEnd(joined, 0);
        LocalDate approval = joined.plusDays(20 + r.nextInt(40));
        if (!approval.isAfter(end)) {
            step(em, f, StepCode.APPROVAL, approval, null, "上级党委审批同意");
            LocalDate oath = approval.plusDays(1 + r.nextInt(10));
            if (!oath.isAfter(end)) {
                step(em, f, StepCode.OATH, oath, null, "面向党旗进行入党宣誓");
            }
        }
        if (m.fullMemberOn() != null && !m.fullMemberOn().isAfter(end)) {
            vote(em, f, StepCode.FULL_MEMBERSHIP, m.fullMemberOn(), r, "支部大会讨论，同意按期转为正式党员");
            f.stage = Stage.FULL;
            f.fullOn = m.fullMemberOn();
        }
    }

    /** Someone still in the pipeline (not yet a member): an applicant, an activist or a candidate of the demo year. */
    void pipeline(EntityManager em, Organization branch, String name, Stage stage, Random r, List<Member> people) {
        LocalDate birth = LocalDate.of(1994, 1, 1).plusDays(r.nextInt(3650));
        String idNumber = DemoIdNumbers.idNumber(province, birth, idSequence++);
        LocalDate app = switch (stage) {
            case APPLICANT -> LocalDate.of(2024, 2, 1).plusDays(r.nextInt(250));
            case ACTIVIST -> LocalDate.of(2022, 9, 1).plusDays(r.nextInt(500));
            default -> LocalDate.of(2022, 9, 1).plusDays(r.nextInt(90));
        };
        FileEntity f = file(em, branch, name, IdNumbers.sex(idNumber), birth, idNumber, app);
        f.phone = personal.encrypt("1" + (35 + r.nextInt(5)) + String.format("%08d", r.nextInt(100_000_000)));
        f.education = r.nextBoolean() ? "大学本科" : "研究生";
        if (stage == Stage.APPLICANT) {
            step(em, f, StepCode.TALK, app.plusDays(5 + r.nextInt(20)), null, "党组织派人谈话，了解基本情况");
            return;
        }
        LocalDate act = app.plusDays(90 + r.nextInt(60));
        applicantSteps(em, f, app, act, r, people, -1);
        if (stage == Stage.ACTIVIST) {
            reports(em, f, act, MembershipDemoData.END);
            return;
        }
        LocalDate cand = act.plusDays(370 + r.nextInt(30));
        reports(em, f, act, cand);
        candidateSteps(em, f, cand, r, people, -1, MembershipDemoData.END);
    }

    private void applicantSteps(EntityManager em, FileEntity f, LocalDate app, LocalDate act, Random r, List<Member> people, long self) {
        step(em, f, StepCode.TALK, app.plusDays(10 + r.nextInt(15)), null, "党组织派人谈话，了解基本情况");
        step(em, f, StepCode.RECOMMENDATION, app.plusDays(40 + r.nextInt(30)), null, "经党员推荐、群团组织推优");
        step(em, f, StepCode.ACTIVIST, act, null, "支部委员会研究确定为入党积极分子，报上级党委备案");
        f.stage = Stage.ACTIVIST;
        long[] two = two(people, r, self, -1, -1);
        f.contact1 = two[0];
        f.contact2 = two[1];
    }

    private void candidateSteps(EntityManager em, FileEntity f, LocalDate cand, Random r, List<Member> people, long self, LocalDate end) {
        if (cand.isAfter(end)) {
            return;
        }
        step(em, f, StepCode.CANDIDATE, cand, null, "听取党小组、培养联系人和党员群众意见，支部委员会研究确定为发展对象");
        f.stage = Stage.CANDIDATE;
        long[] two = two(people, r, self, f.contact1, f.contact2);
        f.introducer1 = two[0];
        f.introducer2 = two[1];
        if (!cand.plusDays(20).isAfter(end)) {
            step(em, f, StepCode.POLITICAL_REVIEW, cand.plusDays(20), null, "政治审查合格");
        }
        if (!cand.plusDays(45).isAfter(end)) {
            StepEntity training = step(em, f, StepCode.TRAINING, cand.plusDays(45), null, "参加区委党校发展对象集中培训");
            training.hours = rules.setting(PipelineRules.TRAINING_HOURS) + r.nextInt(9);
        }
        if (!cand.plusDays(100).isAfter(end)) {
            step(em, f, StepCode.PRE_REVIEW, cand.plusDays(100), null, "上级党委预审合格");
        }
    }

    private void reports(EntityManager em, FileEntity f, LocalDate from, LocalDate until) {
        int every = rules.setting(PipelineRules.REPORT_DAYS);
        for (LocalDate d = from.plusDays(every - 10); d.isBefore(until) && !d.isAfter(MembershipDemoData.END); d = d.plusDays(every)) {
            step(em, f, StepCode.THOUGHT_REPORT, d, null, null);
        }
    }

    private void vote(EntityManager em, FileEntity f, StepCode code, LocalDate on, Random r, String note) {
        StepEntity s = step(em, f, code, on, null, note);
        s.entitled = 12 + r.nextInt(30);
        s.present = s.entitled - r.nextInt(3);
        s.inFavour = s.present - r.nextInt(2);
    }

    private static long[] two(List<Member> people, Random r, long self, long not1, long not2) {
        long a;
        long b;
        do {
            a = people.get(r.nextInt(people.size())).id();
        } while (a == self || a == not1 || a == not2);
        do {
            b = people.get(r.nextInt(people.size())).id();
        } while (b == self || b == a || b == not1 || b == not2);
        return new long[] {a, b};
    }

    private FileEntity file(EntityManager em, Organization org, String name, org.grassroots.core.api.Sex sex, LocalDate birth,
                            String idNumber, LocalDate app) {
        FileEntity f = new FileEntity();
        f.organizationId = org.id();
        f.orgPath = org.path();
        f.name = name;
        f.sex = sex;
        f.birthDate = birth;
        f.idNumber = idNumber == null ? null : personal.encrypt(idNumber);
        f.stage = Stage.APPLICANT;
        f.appliedOn = app;
        f.lastStepOn = app;
        f.createdAt = UtcTimes.now();
        f.createdBy = actor;
        em.persist(f);
        em.flush();
        step(em, f, StepCode.APPLICATION, app, null, "本人递交入党申请书");
        return f;
    }

    private StepEntity step(EntityManager em, FileEntity f, StepCode code, LocalDate on, Integer unused, String note) {
        StepEntity s = new StepEntity();
        s.fileId = f.id;
        s.code = code;
        s.doneOn = on;
        s.note = note;
        s.recordedAt = UtcTimes.now();
        s.recordedBy = actor;
        em.persist(s);
        if (on.isAfter(f.lastStepOn)) {
            f.lastStepOn = on;
        }
        return s;
    }

    void transfer(EntityManager em, TransferKind kind, Member m, Organization from, Organization to, String external,
                  LocalDate issued, boolean receiptBack) {
        TransferEntity t = new TransferEntity();
        t.kind = kind;
        t.memberId = m.id();
        t.memberName = m.name();
        t.organizationId = from.id();
        t.orgPath = from.path();
        t.targetId = to == null ? null : to.id();
        t.targetPath = to == null ? null : to.path();
        t.externalOrg = external;
        t.addressee = to != null ? to.name() : external;
        t.reason = kind == TransferKind.OUT ? "工作调动" : "居住地变更";
        t.duesPaidTo = issued.minusMonths(1).toString().substring(0, 7);
        t.validDays = 30;
        letter(em, t, issued);
        if (receiptBack) {
            complete(t, issued.plusDays(12));
        }
        t.createdAt = UtcTimes.now();
        t.createdBy = actor;
        em.persist(t);
        em.flush();
    }

    void transferIn(EntityManager em, Organization to, String name, String external, LocalDate received) {
        TransferEntity t = new TransferEntity();
        t.kind = TransferKind.IN;
        t.memberName = name;
        t.organizationId = to.id();
        t.orgPath = to.path();
        t.externalOrg = external;
        t.addressee = to.name();
        t.reason = "工作调动";
        t.duesPaidTo = received.minusMonths(1).toString().substring(0, 7);
        t.validDays = 30;
        letter(em, t, received.minusDays(6));
        complete(t, received);
        t.createdAt = UtcTimes.now();
        t.createdBy = actor;
        em.persist(t);
        em.flush();
    }

    private void letter(EntityManager em, TransferEntity t, LocalDate issued) {
        String prefix = issued.getYear() + "-";
        List<String> numbers = em.createQuery("SELECT t.letterNo FROM TransferEntity t WHERE t.letterNo LIKE :p "
                + "ORDER BY t.letterNo DESC", String.class).setParameter("p", prefix + "%").setMaxResults(1).getResultList();
        int next = numbers.isEmpty() ? 1 : Integer.parseInt(numbers.get(0).substring(prefix.length())) + 1;
        t.letterNo = prefix + String.format("%04d", next);
        t.status = TransferStatus.ISSUED;
        t.issuedOn = issued;
        t.validUntil = issued.plusDays(t.validDays);
        t.issuedBy = actor;
    }

    private void complete(TransferEntity t, LocalDate on) {
        t.status = TransferStatus.COMPLETED;
        t.receiptOn = on;
        t.completedOn = on;
        t.completedBy = actor;
    }

    void outflow(EntityManager em, Member m, Organization org, Random r) {
        MobileEntity e = mobile(org, MobileDirection.OUTFLOW, m.name(),
                m.floatingDestination() == null ? "外省" : m.floatingDestination(), r);
        e.memberId = m.id();
        e.managedBy = e.place + "流动党员党支部";
        em.persist(e);
    }

    void inflow(EntityManager em, Organization org, String name, String from, Random r) {
        MobileEntity e = mobile(org, MobileDirection.INFLOW, name, org.name(), r);
        e.reason = "来济务工，组织关系在" + from;
        e.managedBy = org.name();
        em.persist(e);
    }

    private MobileEntity mobile(Organization org, MobileDirection direction, String name, String place, Random r) {
        MobileEntity e = new MobileEntity();
        e.direction = direction;
        e.memberName = name;
        e.organizationId = org.id();
        e.orgPath = org.path();
        e.place = place;
        e.reason = "外出务工经商";
        e.since = LocalDate.of(2023, 3, 1).plusDays(r.nextInt(600));
        e.contact = personal.encrypt("1" + (35 + r.nextInt(5)) + String.format("%08d", r.nextInt(100_000_000)));
        e.createdAt = UtcTimes.now();
        e.createdBy = actor;
        return e;
    }

    void status(EntityManager em, Member m, Organization org, StatusKind kind, LocalDate on, String decision) {
        StatusEntity e = new StatusEntity();
        e.memberId = m.id();
        e.memberName = m.name();
        e.organizationId = org.id();
        e.orgPath = org.path();
        e.kind = kind;
        e.decidedOn = on;
        e.decision = decision;
        e.recordedAt = UtcTimes.now();
        e.recordedBy = actor;
        em.persist(e);
    }
}
