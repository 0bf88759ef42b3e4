package org.grassroots.membership.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.IdNumbers;
import org.grassroots.core.api.Like;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.Phones;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.security.PersonalDataProtection;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Development files and their steps (发展党员). Opening a file records the application; every later step is checked
 * against the configured order, intervals and values ({@link PipelineRules}) and against the plan, the people it
 * names and the form numbers; admission creates the member in core (probationary, joined on the meeting's day),
 * full membership makes it a full member at the end of probation. Every step records who and when.
 */
@Component(service = Pipeline.class)
public class Pipeline {
    static final String TYPE = "membership.file";
    private static final Map<String, String> SORTS = Map.of("name", "f.name", "appliedOn", "f.appliedOn",
            "lastStepOn", "f.lastStepOn", "stage", "f.stage");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;
    private final PersonalDataProtection personal;
    private final StepRules rules;
    private final Plans plans;
    private final TrainingAttended training;

    @Activate
    public Pipeline(@Reference(target = MembershipModule.UNIT) JpaTemplate jpa,
                    @Reference(target = MembershipModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                    @Reference AuditLog audit, @Reference MemberService members, @Reference PersonalDataProtection personal,
                    @Reference StepRules rules, @Reference Plans plans, @Reference TrainingAttended training) {
        this.jpa = jpa;
        this.scope = scopes.of(MembershipModule.ID);
        this.audit = audit;
        this.members = members;
        this.personal = personal;
        this.rules = rules;
        this.plans = plans;
        this.training = training;
    }

    public DevelopmentFile open(FileDraft draft) {
        if (draft == null) {
            throw MembershipText.TEXT.invalid("body", "body.required", "{organizationId, name, sex, birthDate, idNumber, appliedOn}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        Organization unit = MembershipText.unit(scope, draft.organizationId(), "organizationId", errors);
        String name = errors.line("name", draft.name(), 100, true);
        if (draft.sex() == null) {
            errors.add("sex", MembershipText.TEXT.message("field.required"));
        }
        String idNumber = draft.idNumber() == null ? null : IdNumbers.normalize(draft.idNumber());
        LocalDate today = LocalDate.now();
        if (idNumber == null || IdNumbers.refusal(idNumber, today).isPresent()) {
            errors.add("idNumber", MembershipText.TEXT.message("idNumber.invalid"));
        } else {
            if (draft.birthDate() != null && !draft.birthDate().equals(IdNumbers.birthDate(idNumber))) {
                errors.add("birthDate", MembershipText.TEXT.message("birthDate.idMismatch", IdNumbers.birthDate(idNumber)));
            }
            if (draft.sex() != null && draft.sex() != IdNumbers.sex(idNumber)) {
                errors.add("sex", MembershipText.TEXT.message("sex.idMismatch", IdNumbers.sex(idNumber)));
            }
        }
        if (draft.birthDate() == null) {
            errors.add("birthDate", MembershipText.TEXT.message("field.required"));
        }
        if (idNumber != null && IdNumbers.isValid(idNumber) && members.findByIdNumber(idNumber).isPresent()) {
            errors.add("idNumber", MembershipText.TEXT.message("applicant.isMember"));
        }
        if (draft.phone() != null && !draft.phone().isBlank() && !Phones.isValid(draft.phone())) {
            errors.add("phone", MembershipText.TEXT.message("phone.invalid"));
        }
        String education = errors.line("education", draft.education(), 50, false);
        String note = errors.note("note", draft.note(), 1000, false);
        if (draft.appliedOn() == null) {
            errors.add("appliedOn", MembershipText.TEXT.message("field.required"));
        } else if (draft.appliedOn().isAfter(today)) {
            errors.add("appliedOn", MembershipText.TEXT.message("date.future"));
        }
        PipelineRules current = rules.current();
        current.applicantAge(draft.birthDate(), draft.appliedOn(), errors);
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        scope.requireEnabled(unit.id());
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            FileEntity f = new FileEntity();
            f.organizationId = unit.id();
            f.orgPath = unit.path();
            f.name = name;
            f.sex = draft.sex();
            f.birthDate = draft.birthDate();
            f.idNumber = personal.encrypt(idNumber);
            f.phone = draft.phone() == null || draft.phone().isBlank() ? null : personal.encrypt(draft.phone().strip());
            f.education = education;
            f.stage = Stage.APPLICANT;
            f.appliedOn = draft.appliedOn();
            f.lastStepOn = draft.appliedOn();
            f.createdAt = UtcTimes.now();
            f.createdBy = actor;
            em.persist(f);
            em.flush();
            addStep(em, f, new StepDraft(StepCode.APPLICATION, draft.appliedOn(), note, null, null, null, null, null, null,
                    null, null, null), actor);
            audit.record("CREATE", TYPE, f.id, name, List.of(new FieldChange("stage", null, f.stage.name())));
            return toRecord(em, f, current, false);
        });
    }

    public Page<DevelopmentFile> search(Long unitId, Stage stage, String q, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE f.orgPath LIKE :path" + (stage == null ? "" : " AND f.stage = :stage")
                + (q == null || q.isBlank() ? "" : " AND LOWER(f.name) LIKE :q ESCAPE '!'");
        String order = Paging.orderBy(page.sort(), SORTS, "f.lastStepOn DESC", "f.id DESC");
        return jpa.txExpr(TransactionType.Supports, em -> {
            PipelineRules current = rules.current(em);
            TypedQuery<FileEntity> select = em.createQuery("SELECT f FROM FileEntity f" + where + order, FileEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(f) FROM FileEntity f" + where, Long.class);
            for (TypedQuery<?> query : List.of(select, count)) {
                query.setParameter("path", unit.path() + "%");
                if (stage != null) {
                    query.setParameter("stage", stage);
                }
                if (q != null && !q.isBlank()) {
                    query.setParameter("q", Like.containsIgnoringCase(q.strip()));
                }
            }
            List<DevelopmentFile> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(f -> toRecord(em, f, current, false)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** One file in full for the roles entitled to personal data (audited), masked for the others. */
    public DevelopmentFile get(long id) {
        return jpa.txExpr(TransactionType.Required, em -> toRecord(em, visible(em, id), rules.current(em), true));
    }

    public List<Step> steps(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em, id);
            return em.createQuery("SELECT s FROM StepEntity s WHERE s.fileId = :f ORDER BY s.doneOn, s.id", StepEntity.class)
                    .setParameter("f", id).getResultList().stream().map(Pipeline::toStep).toList();
        });
    }

    /** The file a member's record links back to (404 when the member was not developed here). */
    public DevelopmentFile ofMember(long memberId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<FileEntity> found = em.createQuery("SELECT f FROM FileEntity f WHERE f.memberId = :m", FileEntity.class)
                    .setParameter("m", memberId).getResultList();
            if (found.isEmpty()) {
                throw new NotFoundException(MembershipText.TEXT.message("file.ofMember", memberId));
            }
            scope.requireVisible(found.get(0).orgPath, TYPE, found.get(0).id);
            return toRecord(em, found.get(0), rules.current(em), false);
        });
    }

    public DevelopmentFile record(long id, long version, StepDraft given) {
        if (given == null || given.step() == null) {
            throw MembershipText.TEXT.invalid("step", "field.required");
        }
        String actor = scope.actor();
        LocalDate today = LocalDate.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            FileEntity f = visible(em, id);
            scope.requireEnabled(f.organizationId);
            PipelineRules current = rules.current(em);
            PipelineRules.History history = history(em, f);
            // with education at the unit, the training is proven by the sessions attended, not by hours typed in
            BigDecimal attended = given.step() != StepCode.TRAINING || given.doneOn() == null ? null
                    : training.of(f.id, f.organizationId).map(h -> TrainingAttended.heldBy(h, given.doneOn())).orElse(null);
            StepDraft draft = attended == null ? given : given.withHours(attended.setScale(0, RoundingMode.DOWN).intValue());
            ValidationException.Builder errors = current.check(draft, history, today, attended);
            checkPeople(em, f, draft, errors);
            // the 志愿书 number comes from a range issued to the file's unit or a unit above it, and only once
            FormRangeEntity range = draft.step() == StepCode.FORM
                    ? FormRanges.rangeFor(em, f.orgPath, draft.formNumber() == null ? null : draft.formNumber().strip(), errors)
                    : null;
            if (!errors.isEmpty()) {
                throw errors.build();
            }
            if (f.version != version) {
                throw MembershipText.TEXT.stale(TYPE, id, version, f.version);
            }
            if (draft.step() == StepCode.CANDIDATE) {
                plans.requireRoom(em, f, draft.doneOn().getYear());
            }
            apply(em, f, draft, current);
            if (range != null) {
                FormRanges.take(em, range, f.formNumber, f.id, actor);
            }
            addStep(em, f, draft, actor);
            audit.record("STEP", TYPE, f.id, draft.step().name() + " " + draft.doneOn(),
                    List.of(new FieldChange("stage", history.stage().name(), f.stage.name())));
            return toRecord(em, f, current, false);
        });
    }

    /** The training hours the file's candidate attended where a module running sessions is enabled at its unit. */
    public TrainingAttended.Status training(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            FileEntity f = visible(em, id);
            return new TrainingAttended.Status(rules.current(em).setting(PipelineRules.TRAINING_HOURS),
                    training.of(f.id, f.organizationId).orElse(null));
        });
    }

    /** The contacts and introducers must be members in scope; introducers are not the contacts. */
    private void checkPeople(EntityManager em, FileEntity f, StepDraft draft, ValidationException.Builder errors) {
        if (draft.step() == StepCode.ACTIVIST && draft.contacts() != null) {
            for (Long m : draft.contacts()) {
                if (m == null || !members.exists(m)) {
                    errors.add("contacts", MembershipText.TEXT.message("member.unknown", m));
                }
            }
        }
        if (draft.step() == StepCode.CANDIDATE && draft.introducers() != null) {
            for (Long m : draft.introducers()) {
                if (m == null || !members.exists(m)) {
                    errors.add("introducers", MembershipText.TEXT.message("member.unknown", m));
                } else if (m.equals(f.contact1) || m.equals(f.contact2)) {
                    errors.add("introducers", MembershipText.TEXT.message("introducer.isContact", m));
                }
            }
        }
    }

    private void apply(EntityManager em, FileEntity f, StepDraft draft, PipelineRules current) {
        switch (draft.step()) {
            case ACTIVIST -> {
                f.contact1 = draft.contacts().get(0);
                f.contact2 = draft.contacts().get(1);
            }
            case CANDIDATE -> {
                f.introducer1 = draft.introducers().get(0);
                f.introducer2 = draft.introducers().get(1);
            }
            case FORM -> f.formNumber = draft.formNumber().strip();
            case ADMISSION -> {
                f.joinedOn = draft.doneOn();
                f.probationEndsOn = current.probationEnd(draft.doneOn(), 0);
                String phone = f.phone == null ? null : personal.decrypt(f.phone);
                Member created = members.create(new MemberDraft(f.name, f.sex, null, f.birthDate, personal.decrypt(f.idNumber),
                        f.education, phone, MemberCategory.PROBATIONARY, draft.doneOn(), null, f.organizationId, null,
                        MemberStatus.NORMAL, null, null, null));
                f.memberId = created.id();
            }
            case EXTENSION -> {
                f.extended = draft.months();
                f.probationEndsOn = current.probationEnd(f.joinedOn, draft.months());
            }
            case FULL_MEMBERSHIP -> {
                f.fullOn = f.probationEndsOn;
                Member m = members.get(f.memberId);
                boolean masked = m.birthDate() == null || PersonalDataProtection.isMasked(m.idNumber());
                if (masked && f.idNumber == null) {
                    throw MembershipText.TEXT.conflict("member.personalData", m.name());
                }
                String phone = m.phone() != null && PersonalDataProtection.isMasked(m.phone())
                        ? (f.phone == null ? null : personal.decrypt(f.phone)) : m.phone();
                members.update(m.id(), m.version(), new MemberDraft(m.name(), m.sex(), m.ethnicity(),
                        masked ? f.birthDate : m.birthDate(), masked ? personal.decrypt(f.idNumber) : m.idNumber(), m.education(),
                        phone, MemberCategory.FULL, m.joinedOn(), f.probationEndsOn, m.organizationId(), m.post(), m.status(),
                        m.floatingDestination(), m.residenceCommunityId(), m.tags()));
            }
            case CANCELLATION -> {
                if (f.memberId != null) {
                    Member m = members.get(f.memberId);
                    members.delete(m.id(), m.version());
                }
            }
            default -> {
            }
        }
        if (draft.step().stage() != null) {
            f.stage = draft.step().stage();
        }
        if (draft.doneOn().isAfter(f.lastStepOn)) {
            f.lastStepOn = draft.doneOn();
        }
        em.flush();
    }

    private static void addStep(EntityManager em, FileEntity f, StepDraft draft, String actor) {
        StepEntity s = new StepEntity();
        s.fileId = f.id;
        s.code = draft.step();
        s.doneOn = draft.doneOn();
        s.note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        s.hours = draft.step() == StepCode.TRAINING ? draft.hours() : null;
        s.days = draft.step() == StepCode.PUBLIC_NOTICE ? draft.days() : null;
        s.months = draft.step() == StepCode.EXTENSION ? draft.months() : null;
        if (draft.step().vote()) {
            s.entitled = draft.entitled();
            s.present = draft.present();
            s.inFavour = draft.inFavour();
        }
        s.recordedAt = UtcTimes.now();
        s.recordedBy = actor;
        em.persist(s);
        em.flush();
    }

    PipelineRules.History history(EntityManager em, FileEntity f) {
        Map<StepCode, List<LocalDate>> done = new EnumMap<>(StepCode.class);
        Map<StepCode, Integer> days = new EnumMap<>(StepCode.class);
        for (StepEntity s : em.createQuery("SELECT s FROM StepEntity s WHERE s.fileId = :f ORDER BY s.doneOn, s.id",
                StepEntity.class).setParameter("f", f.id).getResultList()) {
            done.computeIfAbsent(s.code, c -> new ArrayList<>()).add(s.doneOn);
            if (s.days != null) {
                days.put(s.code, s.days);
            }
        }
        return new PipelineRules.History(f.stage, f.birthDate, done, days, f.probationEndsOn, f.extended > 0);
    }

    private FileEntity visible(EntityManager em, long id) {
        FileEntity f = em.find(FileEntity.class, id);
        if (f == null) {
            throw new NotFoundException(MembershipText.TEXT.message("file.notFound", id));
        }
        scope.requireVisible(f.orgPath, TYPE, id);
        return f;
    }

    private DevelopmentFile toRecord(EntityManager em, FileEntity f, PipelineRules current, boolean single) {
        String idNumber = f.idNumber == null ? null : personal.decrypt(f.idNumber);
        String phone;
        if (single && personal.mayReveal()) {
            audit.record("READ_PERSONAL", TYPE, f.id, "idNumber, phone", List.of());
            phone = f.phone == null ? null : personal.decrypt(f.phone);
        } else {
            idNumber = idNumber == null ? null : IdNumbers.mask(idNumber);
            phone = personal.maskedPhone(f.phone);
        }
        return new DevelopmentFile(f.id, f.organizationId, scope.name(f.organizationId), f.name, f.sex, f.birthDate, idNumber,
                phone, f.education, f.stage, f.appliedOn, f.contact1, f.contact2, f.introducer1, f.introducer2, f.formNumber,
                f.memberId, f.joinedOn, f.probationEndsOn, f.fullOn, f.extended > 0, current.next(history(em, f)),
                UtcTimes.instant(f.createdAt), f.createdBy, f.version);
    }

    static Step toStep(StepEntity s) {
        return new Step(s.id, s.fileId, s.code, s.doneOn, s.note, s.hours, s.days, s.months, s.entitled, s.present, s.inFavour,
                UtcTimes.instant(s.recordedAt), s.recordedBy);
    }
}
