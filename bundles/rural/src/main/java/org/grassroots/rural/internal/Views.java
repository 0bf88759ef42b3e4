package org.grassroots.rural.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.rural.internal.classify.Category;
import org.grassroots.rural.internal.classify.Criterion;

/** What the module's REST resources and shell commands read and send (JSON records). */
public final class Views {
    private Views() {
    }

    public record ModelDraft(List<Criterion> criteria, Double demonstrationMin, Double excellenceMin) {
    }

    public record ScoresDraft(Map<String, Double> scores) {
    }

    public record VillageScores(long villageId, int year, Map<String, Double> scores) {
    }

    public record Classification(long id, long villageId, String villageName, int year, double score,
                                 Category computedCategory, Category proposedCategory, String proposalReason,
                                 Category category, ClassificationStatus status, Instant computedAt, String computedBy,
                                 Instant proposedAt, String proposedBy, Instant confirmedAt, String confirmedBy,
                                 long version) {
    }

    public record ProposalDraft(Category category, String reason) {
    }

    public record RunResult(int year, int villages, Map<Category, Integer> categories, boolean rerun) {
    }

    public record VisitDraft(Long villageId, String leaderName, Long leaderMemberId, LocalDate visitedOn, String findings) {
    }

    public record Visit(long id, long villageId, String villageName, String leaderName, Long leaderMemberId,
                        LocalDate visitedOn, String findings, Instant recordedAt, String recordedBy, List<Task> tasks,
                        long version) {
    }

    public record TaskDraft(String description, String owner, LocalDate dueOn) {
    }

    public record TaskStatusChange(TaskStatus status) {
    }

    public record Task(long id, long visitId, long villageId, String description, String owner, LocalDate dueOn,
                       TaskStatus status, boolean overdue, Instant updatedAt, String updatedBy, long version) {
    }

    public record Coverage(int year, int villages, int visited, List<VillageRef> notVisited) {
    }

    public record VillageRef(long id, String code, String name) {
    }

    public record EnterpriseDraft(String name, String industry, String mainBusiness, Set<NeedType> capacities,
                                  String keywords, Double latitude, Double longitude, Long organizationId) {
    }

    public record Enterprise(long id, String name, String industry, String mainBusiness, Set<NeedType> capacities,
                             Set<String> keywords, double latitude, double longitude, Long organizationId, long version) {
    }

    public record VillageProfileDraft(Double latitude, Double longitude, String mainIndustry) {
    }

    public record VillageProfile(long villageId, double latitude, double longitude, String mainIndustry, long version) {
    }

    public record NeedDraft(Long villageId, NeedType type, String industry, String description, String keywords,
                            Boolean open) {
    }

    public record Need(long id, long villageId, String villageName, NeedType type, String industry, String description,
                       Set<String> keywords, boolean open, long version) {
    }

    public record PairingDraft(Long enterpriseId, Long villageId, Long needId) {
    }

    public record EndDraft(String reason, Boolean successful) {
    }

    public record Pairing(long id, long enterpriseId, String enterpriseName, long villageId, String villageName,
                          Long needId, PairingStatus status, Instant proposedAt, String proposedBy, Instant agreedAt,
                          String agreedBy, Instant activatedAt, String activatedBy, Instant endedAt, String endedBy,
                          String endReason, Boolean successful, long version) {
    }

    public record NeedRecommendations(Need need, List<org.grassroots.rural.internal.match.Recommendation> enterprises) {
    }

    public record Repairing(Pairing pairing, double fit, String reason,
                            org.grassroots.rural.internal.match.Recommendation suggestion) {
    }

    public record IncomeDraft(Double amount) {
    }

    public record Income(long villageId, String villageName, int year, double amount, Double previousAmount,
                         Double growth, long version) {
    }

    public record ProjectDraft(Long villageId, String name, Integer startYear, Double investment, Double output,
                               ProjectStatus status) {
    }

    public record Project(long id, long villageId, String villageName, String name, int startYear, double investment,
                          double output, ProjectStatus status, long version) {
    }
}
