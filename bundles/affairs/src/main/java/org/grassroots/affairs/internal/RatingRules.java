package org.grassroots.affairs.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.text.Message;

/** What a rating must be: a listed member, rated once, a rating or an excuse (not both), a follow-up for 不合格. */
final class RatingRules {
    private RatingRules() {
    }

    /**
     * The refusals of one draft ({@code at} prefixes the field names, e.g. {@code [3].}); {@code seen} catches the
     * same member twice in one batch.
     */
    static List<Refusal> check(RatingDraft d, String at, Map<Long, RatingEntity> lines, Map<Long, Integer> seen, int index) {
        List<Refusal> errors = new ArrayList<>();
        if (d == null) {
            errors.add(new Refusal(at + "memberId", AffairsText.TEXT.message("member.required")));
            return errors;
        }
        RatingEntity line = d.memberId() == null ? null : lines.get(d.memberId());
        if (line == null) {
            errors.add(new Refusal(at + "memberId", AffairsText.TEXT.message("rating.notListed", d.memberId())));
        } else if (line.rating != null || line.excused != null) {
            errors.add(new Refusal(at + "memberId", AffairsText.TEXT.message("rating.once", d.memberId())));
        } else if (seen.putIfAbsent(d.memberId(), index) != null) {
            errors.add(new Refusal(at + "memberId", AffairsText.TEXT.message("rating.twice", d.memberId(), seen.get(d.memberId()))));
        }
        boolean excused = d.excused() != null && !d.excused().isBlank();
        if (d.rating() == null && !excused) {
            errors.add(new Refusal(at + "rating", AffairsText.TEXT.message("rating.required")));
        } else if (d.rating() != null && excused) {
            errors.add(new Refusal(at + "excused", AffairsText.TEXT.message("rating.excusedAndRated")));
        }
        if (d.rating() == Rating.UNQUALIFIED && (d.followUp() == null || d.followUp().isBlank())) {
            errors.add(new Refusal(at + "followUp", AffairsText.TEXT.message("rating.followUp")));
        }
        for (String[] text : new String[][] {{"note", d.note()}, {"followUp", d.followUp()}}) {
            if (text[1] != null && text[1].length() > 1000) {
                errors.add(new Refusal(at + text[0], AffairsText.TEXT.message("text.max", 1000)));
            }
        }
        if (d.excused() != null && d.excused().length() > 300) {
            errors.add(new Refusal(at + "excused", AffairsText.TEXT.message("text.max", 300)));
        }
        return errors;
    }

    /** A refused field of a rating with the reason, in both languages. */
    record Refusal(String field, Message reason) {
    }

    static void apply(RatingEntity line, RatingDraft d, String actor, LocalDateTime at) {
        boolean excused = d.excused() != null && !d.excused().isBlank();
        line.rating = excused ? null : d.rating();
        line.excused = excused ? d.excused().trim() : null;
        line.note = Meetings.trim(d.note());
        line.followUp = Meetings.trim(d.followUp());
        line.ratedBy = actor;
        line.ratedAt = at;
    }
}
