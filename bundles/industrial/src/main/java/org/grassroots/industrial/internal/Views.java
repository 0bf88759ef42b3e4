package org.grassroots.industrial.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** What the REST API and the shell read and send besides the request records of the exported package. */
public final class Views {
    private Views() {
    }

    /** How an enterprise is covered by a Party organization (党组织覆盖). */
    public enum Coverage implements Labelled {
        /** The enterprise has its own Party organization (单独组建). */
        OWN_BRANCH("单独组建", "Own branch"),
        /** A joint branch of several enterprises (联合组建), e.g. the grid's branch. */
        JOINT_BRANCH("联合组建", "Joint branch"),
        /** Not covered yet. */
        NONE("未覆盖", "Not covered");

        private final LocalizedText labels;

        Coverage(String zhCN, String en) {
            this.labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }

        public boolean covered() {
            return this != NONE;
        }

        /** Accepts the name (any case) or the Chinese label; {@code null} when neither matches. */
        public static Coverage parse(String text) {
            if (text == null) {
                return null;
            }
            for (Coverage c : values()) {
                if (c.name().equalsIgnoreCase(text.trim()) || c.label().equals(text.trim())) {
                    return c;
                }
            }
            return null;
        }
    }

    public enum WorkerRole implements Labelled {
        LEADER("网格长", "Grid leader"),
        WORKER("网格员", "Grid worker");

        private final LocalizedText labels;

        WorkerRole(String zhCN, String en) {
            this.labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }
    }

    public enum ActivityKind implements Labelled {
        /** Events such as policy briefings, matchmaking fairs, volunteer days. */
        EVENT("活动", "Event"),
        TRAINING("培训", "Training");

        private final LocalizedText labels;

        ActivityKind(String zhCN, String en) {
            this.labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }
    }

    public record Community(long id, long parkId, String parkName, String name, String description,
                            String serviceCenter, Instant createdAt, String createdBy, long version) {
    }

    public record CommunityDraft(Long parkId, String name, String description, String serviceCenter) {
    }

    /** A grid (a core unit of type GRID under the park) with the module's counts. */
    public record Grid(long id, String code, String name, long enterprises, long covered, long workers) {
    }

    /** @param partyOrgType the grid's own Party organization, if any (e.g. JOINT_BRANCH for the grid's joint branch); default none */
    public record GridDraft(String code, String name, org.grassroots.core.api.PartyOrgType partyOrgType) {
    }

    public record GridWorker(long id, long gridId, String gridName, long memberId, String memberName, WorkerRole role,
                             Instant assignedAt, String assignedBy, long version) {
    }

    public record GridWorkerDraft(Long gridId, Long memberId, WorkerRole role) {
    }

    public record Enterprise(long id, long enterpriseId, String name, String code, long gridId, String gridName,
                             Coverage coverage, Long coveringOrganizationId, String coveringOrganizationName,
                             String contactName, String contactPhone, Instant updatedAt, String updatedBy, long version) {
    }

    public record EnterpriseDraft(Long gridId, Coverage coverage, Long coveringOrganizationId, String contactName,
                                  String contactPhone) {
    }

    public record Category(String code, LocalizedText name, int deadlineDays, long version) {
    }

    public record CategoryDraft(String code, String zhCN, String en, Integer deadlineDays) {
    }

    public record CatalogService(long id, long parkId, String name, String category, String provider,
                                 String description, boolean active, long version) {
    }

    public record CatalogServiceDraft(Long parkId, String name, String category, String provider, String description,
                                      Boolean active) {
    }

    public record Activity(long id, long unitId, String unitName, ActivityKind kind, String title, String description,
                           LocalDate heldOn, String location, List<Long> enterpriseIds, List<Long> memberIds,
                           Instant createdAt, String createdBy, long version) {
    }

    public record ActivityDraft(Long unitId, ActivityKind kind, String title, String description, LocalDate heldOn,
                                String location, List<Long> enterpriseIds, List<Long> memberIds) {
    }

    /**
     * One workflow step. Which fields count depends on the action: assign takes {@code assigneeMemberId} and/or
     * {@code assigneeDepartment}; resolve {@code resolution}; rate {@code rating} (1–5) and {@code comment};
     * reopen {@code reason}; every step may carry a {@code note}.
     */
    public record WorkflowStep(Long assigneeMemberId, String assigneeDepartment, String resolution, Integer rating,
                               String comment, String reason, String note) {
        public static WorkflowStep empty() {
            return new WorkflowStep(null, null, null, null, null, null, null);
        }
    }

    /** Filters of the request search; null fields do not filter. */
    public record RequestQuery(String path, org.grassroots.industrial.RequestStatus status, String category,
                               Boolean overdue, Long gridId, Integer year, String text) {
    }

    /** The figures of one subtree (park, grid or above) and year, as the module's dashboard page shows them. */
    public record Figures(long enterprises, long covered, double coveredPercent, Map<String, Long> coverage,
                          long requests, Map<String, Long> byStatus, Map<String, Long> byCategory,
                          Double medianResolutionDays, Double onTimePercent, Double averageRating, long overdueOpen) {
    }

    public record GridFigures(long gridId, String code, String name, Figures figures) {
    }

    public record Dashboard(long unitId, String unitName, int year, Figures total, List<GridFigures> grids) {
    }

    /** What an overdue check did: requests newly escalated (each once). */
    public record EscalationRun(int escalated, List<Long> requestIds) {
    }
}
