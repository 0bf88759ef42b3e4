package org.grassroots.rural.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.grassroots.rural.internal.classify.Category;

/**
 * The module's tables (RUR_*). Fields are package-private: only this package's services touch entities; REST and
 * shell see records. Times are UTC. Villages, members and units are core ids, never JPA relations.
 */
final class Entities {
    private Entities() {
    }

    static final String SEQUENCE = "RUR_SEQUENCE";

    @Entity(name = "ScoringModelEntity")
    @Table(name = "RUR_SCORING_MODEL")
    public static class ScoringModelEntity {
        @Id @Column(name = "MODEL_YEAR") int forYear;
        @Column(name = "CRITERIA") String criteria;
        @Column(name = "DEMONSTRATION_MIN") double demonstrationMin;
        @Column(name = "EXCELLENCE_MIN") double excellenceMin;
        @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
        @Column(name = "UPDATED_BY") String updatedBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "VillageScoreEntity")
    @Table(name = "RUR_VILLAGE_SCORE")
    public static class VillageScoreEntity {
        @Id
        @TableGenerator(name = "rur_score_ids", table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = "VILLAGE_SCORE", allocationSize = 200)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_score_ids")
        @Column(name = "ID") Long id;
        @Column(name = "VILLAGE_ID") long villageId;
        /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "SCORE_YEAR") int forYear;
        @Column(name = "CRITERION") String criterion;
        @Column(name = "SCORE") double score;
    }

    @Entity(name = "ClassificationEntity")
    @Table(name = "RUR_CLASSIFICATION")
    public static class ClassificationEntity {
        @Id
        @TableGenerator(name = "rur_class_ids", table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = "CLASSIFICATION", allocationSize = 200)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_class_ids")
        @Column(name = "ID") Long id;
        @Column(name = "VILLAGE_ID") long villageId;
        /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "CLASS_YEAR") int forYear;
        @Column(name = "SCORE") double score;
        @Enumerated(EnumType.STRING) @Column(name = "COMPUTED_CATEGORY") Category computedCategory;
        @Enumerated(EnumType.STRING) @Column(name = "PROPOSED_CATEGORY") Category proposedCategory;
        @Column(name = "PROPOSAL_REASON") String proposalReason;
        @Enumerated(EnumType.STRING) @Column(name = "STATUS") ClassificationStatus status;
        @Column(name = "COMPUTED_AT") LocalDateTime computedAt;
        @Column(name = "COMPUTED_BY") String computedBy;
        @Column(name = "PROPOSED_AT") LocalDateTime proposedAt;
        @Column(name = "PROPOSED_BY") String proposedBy;
        @Column(name = "CONFIRMED_AT") LocalDateTime confirmedAt;
        @Column(name = "CONFIRMED_BY") String confirmedBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "VisitEntity")
    @Table(name = "RUR_VISIT")
    public static class VisitEntity {
        @Id
        @TableGenerator(name = "rur_visit_ids", table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = "VISIT", allocationSize = 50)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_visit_ids")
        @Column(name = "ID") Long id;
        @Column(name = "VILLAGE_ID") long villageId;
        /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "LEADER_NAME") String leaderName;
        @Column(name = "LEADER_MEMBER_ID") Long leaderMemberId;
        @Column(name = "VISITED_ON") LocalDate visitedOn;
        @Column(name = "FINDINGS") String findings;
        @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
        @Column(name = "RECORDED_BY") String recordedBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "TaskEntity")
    @Table(name = "RUR_TASK")
    public static class TaskEntity {
        @Id
        @TableGenerator(name = "rur_task_ids", table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = "TASK", allocationSize = 50)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_task_ids")
        @Column(name = "ID") Long id;
        @Column(name = "VISIT_ID") long visitId;
        @Column(name = "VILLAGE_ID") long villageId;
        /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "DESCRIPTION") String description;
        @Column(name = "OWNER_NAME") String owner;
        @Column(name = "DUE_ON") LocalDate dueOn;
        @Enumerated(EnumType.STRING) @Column(name = "STATUS") TaskStatus status;
        @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
        @Column(name = "UPDATED_BY") String updatedBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "EnterpriseEntity")
    @Table(name = "RUR_ENTERPRISE")
    public static class EnterpriseEntity {
        @Id
        @TableGenerator(name = "rur_enterprise_ids", table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = "ENTERPRISE", allocationSize = 50)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_enterprise_ids")
        @Column(name = "ID") Long id;
        @Column(name = "NAME") String name;
        @Column(name = "INDUSTRY") String industry;
        @Column(name = "MAIN_BUSINESS") String mainBusiness;
        /** {@code ;SALES;LABOUR;} */
        @Column(name = "CAPACITIES") String capacities;
        /** {@code ;a;b;} */
        @Column(name = "KEYWORDS") String keywords;
        @Column(name = "LATITUDE") double latitude;
        @Column(name = "LONGITUDE") double longitude;
        @Column(name = "ORGANIZATION_ID") Long organizationId;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "VillageProfileEntity")
    @Table(name = "RUR_VILLAGE_PROFILE")
    public static class VillageProfileEntity {
        @Id @Column(name = "VILLAGE_ID") long villageId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "LATITUDE") double latitude;
        @Column(name = "LONGITUDE") double longitude;
        @Column(name = "MAIN_INDUSTRY") String mainIndustry;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "NeedEntity")
    @Table(name = "RUR_NEED")
    public static class NeedEntity {
        @Id
        @TableGenerator(name = "rur_need_ids", table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = "NEED", allocationSize = 50)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_need_ids")
        @Column(name = "ID") Long id;
        @Column(name = "VILLAGE_ID") long villageId;
        /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
        @Column(name = "ORG_PATH") String orgPath;
        @Enumerated(EnumType.STRING) @Column(name = "NEED_TYPE") NeedType type;
        @Column(name = "INDUSTRY") String industry;
        @Column(name = "DESCRIPTION") String description;
        @Column(name = "KEYWORDS") String keywords;
        @Column(name = "OPEN_NEED") boolean open;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "PairingEntity")
    @Table(name = "RUR_PAIRING")
    public static class PairingEntity {
        @Id
        @TableGenerator(name = "rur_pairing_ids", table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = "PAIRING", allocationSize = 50)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_pairing_ids")
        @Column(name = "ID") Long id;
        @Column(name = "ENTERPRISE_ID") long enterpriseId;
        @Column(name = "VILLAGE_ID") long villageId;
        /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "NEED_ID") Long needId;
        @Enumerated(EnumType.STRING) @Column(name = "STATUS") PairingStatus status;
        @Column(name = "PROPOSED_AT") LocalDateTime proposedAt;
        @Column(name = "PROPOSED_BY") String proposedBy;
        @Column(name = "AGREED_AT") LocalDateTime agreedAt;
        @Column(name = "AGREED_BY") String agreedBy;
        @Column(name = "ACTIVATED_AT") LocalDateTime activatedAt;
        @Column(name = "ACTIVATED_BY") String activatedBy;
        @Column(name = "ENDED_AT") LocalDateTime endedAt;
        @Column(name = "ENDED_BY") String endedBy;
        @Column(name = "END_REASON") String endReason;
        @Column(name = "SUCCESSFUL") Boolean successful;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "IncomeEntity")
    @Table(name = "RUR_INCOME")
    public static class IncomeEntity {
        @Id
        @TableGenerator(name = "rur_income_ids", table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = "INCOME", allocationSize = 200)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_income_ids")
        @Column(name = "ID") Long id;
        @Column(name = "VILLAGE_ID") long villageId;
        /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "INCOME_YEAR") int forYear;
        /** 万元 (10,000 yuan) */
        @Column(name = "AMOUNT") double amount;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "ProjectEntity")
    @Table(name = "RUR_PROJECT")
    public static class ProjectEntity {
        @Id
        @TableGenerator(name = "rur_project_ids", table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = "PROJECT", allocationSize = 50)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_project_ids")
        @Column(name = "ID") Long id;
        @Column(name = "VILLAGE_ID") long villageId;
        /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "NAME") String name;
        @Column(name = "START_YEAR") int startYear;
        @Column(name = "INVESTMENT") double investment;
        @Column(name = "OUTPUT_VALUE") double output;
        @Enumerated(EnumType.STRING) @Column(name = "STATUS") ProjectStatus status;
        @Version @Column(name = "VERSION") long version;
    }
}
