package org.grassroots.affairs.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.grassroots.affairs.internal.Codes.Rating;
import org.grassroots.affairs.internal.Entities.RatingEntity;
import org.grassroots.affairs.internal.Views.RatingDraft;
import org.grassroots.core.api.FieldError;

/** What a rating must be: a listed member, rated once, a rating or an excuse (not both), a follow-up for 不合格. */
final class RatingRules {
    private RatingRules() {
    }

    /**
     * The refusals of one draft ({@code at} prefixes the field names, e.g. {@code [3].}); {@code seen} catches the
     * same member twice in one batch.
     */
    static List<FieldError> check(RatingDraft d, String at, Map<Long, RatingEntity> lines, Map<Long, Integer> seen, int index) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of(at + "memberId", Texts.en("member.required")));
            return errors;
        }
        RatingEntity line = d.memberId() == null ? null : lines.get(d.memberId());
        if (line == null) {
            errors.add(FieldError.of(at + "memberId", Texts.en("rating.notListed", d.memberId())));
        } else if (line.rating != null || line.excused != null) {
            errors.add(FieldError.of(at + "memberId", Texts.en("rating.once", d.memberId())));
        } else if (seen.putIfAbsent(d.memberId(), index) != null) {
            errors.add(FieldError.of(at + "memberId", Texts.en("rating.twice", d.memberId(), seen.get(d.memberId()))));
        }
        boolean excused = d.excused() != null && !d.excused().isBlank();
        if (d.rating() == null && !excused) {
            errors.add(FieldError.of(at + "rating", Texts.en("rating.required")));
        } else if (d.rating() != null && excused) {
            errors.add(FieldError.of(at + "excused", Texts.en("rating.excusedAndRated")));
        }
        if (d.rating() == Rating.UNQUALIFIED && (d.followUp() == null || d.followUp().isBlank())) {
            errors.add(FieldError.of(at + "followUp", Texts.en("rating.followUp")));
        }
        for (String[] text : new String[][] {{"note", d.note()}, {"followUp", d.followUp()}}) {
            if (text[1] != null && text[1].length() > 1000) {
                errors.add(FieldError.of(at + text[0], Texts.en("text.max", 1000)));
            }
        }
        if (d.excused() != null && d.excused().length() > 300) {
            errors.add(FieldError.of(at + "excused", Texts.en("text.max", 300)));
        }
        return errors;
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
