package org.grassroots.core.internal.annualstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.annualstats.ReportAction;
import org.grassroots.core.api.annualstats.ReportEvent;
import org.grassroots.core.api.annualstats.ReportStatus;
import org.grassroots.core.api.annualstats.UnitsBelow.UnitReport;
import org.grassroots.core.api.text.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reporting workflow's state machine on the Derby schema: prepare → submit → return (with its reason) →
 * prepare → submit → accept; every other step answers 409 naming the allowed ones and stores nothing; the level
 * above sees which units below have not submitted.
 */
class ReportLedgerTest {
    private static final Instant NOW = Instant.parse("2025-01-10T08:00:00Z");
    private DerbySql db;
    private ReportLedger ledger;

    @BeforeEach
    void district() {
        db = new DerbySql();
        db.unit(1, null, "高新区", "DISTRICT", "WORKING_COMMITTEE", null);
        db.unit(2, 1L, "孙村街道", "STREET", "COMMITTEE", null);
        db.unit(3, 1L, "舜华路街道", "STREET", "COMMITTEE", null);
        db.unit(4, 1L, "网格", "GRID", "NONE", null);
        ledger = new ReportLedger(db);
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void theStatusesAllowTheirStepsOnly() {
        assertEquals(List.of(ReportAction.PREPARE), ReportStatus.NONE.allowed());
        assertEquals(List.of(ReportAction.PREPARE, ReportAction.SUBMIT), ReportStatus.PREPARED.allowed());
        assertEquals(List.of(ReportAction.ACCEPT, ReportAction.RETURN), ReportStatus.SUBMITTED.allowed());
        assertEquals(List.of(ReportAction.PREPARE), ReportStatus.RETURNED.allowed());
        assertEquals(List.of(), ReportStatus.ACCEPTED.allowed());
        assertNull(ReportStatus.NONE.after(ReportAction.SUBMIT));
        assertEquals(ReportStatus.RETURNED, ReportStatus.SUBMITTED.after(ReportAction.RETURN));
    }

    @Test
    void aReportGoesUpIsReturnedAndGoesUpAgain() {
        assertEquals(ReportStatus.PREPARED, step(ReportAction.PREPARE, null, 120).status());
        ReportRow submitted = step(ReportAction.SUBMIT, null, 0);
        assertEquals(ReportStatus.SUBMITTED, submitted.status());
        assertEquals("street-admin", submitted.submittedBy());
        assertEquals(NOW, submitted.submittedAt());
        assertEquals(120L, submitted.members());
        ReportRow returned = step(ReportAction.RETURN, "民族一栏有误", 0);
        assertEquals(ReportStatus.RETURNED, returned.status());
        assertEquals("民族一栏有误", returned.returnReason());
        assertEquals(ReportStatus.PREPARED, step(ReportAction.PREPARE, null, 121).status());
        step(ReportAction.SUBMIT, null, 0);
        ReportRow accepted = step(ReportAction.ACCEPT, null, 0);
        assertEquals(ReportStatus.ACCEPTED, accepted.status());
        assertEquals(121L, accepted.members());
        List<ReportEvent> history = ledger.history(2, 2024);
        assertEquals(6, history.size());
        assertEquals("民族一栏有误", history.get(2).reason());
        assertEquals(ReportStatus.ACCEPTED, history.get(5).status());
    }

    @Test
    void aStepNotAllowedIsRefusedNamingTheAllowedOnesAndStoresNothing() {
        ConflictException early = assertThrows(ConflictException.class, () -> step(ReportAction.SUBMIT, null, 0));
        assertTrue(early.getMessage() != null);
        assertTrue(message(early, Languages.ZH_CN).contains("编制"), message(early, Languages.ZH_CN));
        assertTrue(message(early, Languages.ENGLISH).contains("PREPARE"), message(early, Languages.ENGLISH));
        assertFalse(ledger.find(2, 2024).isPresent());
        step(ReportAction.PREPARE, null, 5);
        ConflictException notYet = assertThrows(ConflictException.class, () -> step(ReportAction.ACCEPT, null, 0));
        assertTrue(message(notYet, Languages.ZH_CN).contains("编制、上报"), message(notYet, Languages.ZH_CN));
        step(ReportAction.SUBMIT, null, 0);
        step(ReportAction.ACCEPT, null, 0);
        ConflictException done = assertThrows(ConflictException.class, () -> step(ReportAction.PREPARE, null, 0));
        assertTrue(message(done, Languages.ZH_CN).contains("最终"), message(done, Languages.ZH_CN));
        assertEquals(3, ledger.history(2, 2024).size());
    }

    @Test
    void aStepDecidedOnAnOlderVersionIsRefused() {
        step(ReportAction.PREPARE, null, 5);
        ConflictException stale = assertThrows(ConflictException.class,
                () -> ledger.step(2, 2024, 0, "/1/2/", 1L, ReportAction.SUBMIT, "x", NOW, null, 0, null));
        assertTrue(message(stale, Languages.ZH_CN).contains("年报"), message(stale, Languages.ZH_CN));
        assertEquals(ReportStatus.PREPARED, ledger.find(2, 2024).orElseThrow().status());
    }

    @Test
    void theLevelAboveSeesWhichUnitsHaveNotSubmitted() {
        step(ReportAction.PREPARE, null, 5);
        step(ReportAction.SUBMIT, null, 0);
        List<UnitReport> below = ledger.below(1, 2024);
        // the grid hosts no Party organization: it does not report
        assertEquals(List.of(2L, 3L), below.stream().map(UnitReport::unitId).toList());
        assertEquals(ReportStatus.SUBMITTED, below.get(0).status());
        assertFalse(below.get(0).missing());
        assertEquals(ReportStatus.NONE, below.get(1).status());
        assertTrue(below.get(1).missing());
        // another year is its own report
        assertTrue(ledger.below(1, 2023).stream().allMatch(UnitReport::missing));
    }

    private ReportRow step(ReportAction action, String reason, long members) {
        long version = ledger.find(2, 2024).map(ReportRow::version).orElse(0L);
        return ledger.step(2, 2024, version, "/1/2/", 1L, action, "street-admin", NOW, reason, members, "{}");
    }

    private static String message(ConflictException e, Locale locale) {
        return e.message().in(locale);
    }
}
