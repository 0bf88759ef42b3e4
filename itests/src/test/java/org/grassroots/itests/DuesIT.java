package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.KarafShell;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 党费 end to end on the district distribution, the way a street and its branches work with it: the branch secretary
 * confirms the members' bases (the base is personal data: masked in lists, audited in full), records an exemption;
 * the street administrator opens a month for every branch (amounts due computed, members without a base listed);
 * the secretary records payments one by one and in bulk, revokes a mistake, settles (locked, 409 on a second
 * settle naming the allowed step), records a back-payment; the street administrator reopens and settles again;
 * six months unpaid in a row are flagged (list, notification); a WeChat Pay export is imported (matched rows paid,
 * the others kept: one matched by hand, one dismissed, nothing kept twice on a second import); the month's list and the settlement report are exported; the figures count it all; another street sees nothing
 * (404) and a street without the module is refused (403); the module is uninstalled and reinstalled with its data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DuesIT extends DistrictTestSupport {
    private static final String DUES = "/api/dues";
    private static final String TEMPORARY = "Temp-Password-0001";
    private static final String CHOSEN = "Chosen-Passw0rd-2026";
    private static final Duration SETTLE = Duration.ofSeconds(120);

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] configuration() {
        return District.configurationWithDemoOf("dues");
    }

    @Test
    public void aStreetCollectsDuesFromBasesToSettledMonthsArrearsAndFigures() throws Exception {
        int year = LocalDate.now().getYear() - 1;
        String jan = year + "-01";
        // ---- a street with two branches, another street; the module is enabled for the first street only
        JsonNode street = fixtures.unit(code("DST"), null, "STREET", "WORKING_COMMITTEE");
        JsonNode branchA = fixtures.unit(code("DA"), id(street), "COMMUNITY", "BRANCH");
        JsonNode branchB = fixtures.unit(code("DB"), id(street), "COMMUNITY", "BRANCH");
        JsonNode otherStreet = fixtures.unit(code("DOS"), null, "STREET", "WORKING_COMMITTEE");
        api.putWithoutVersion("/modules/dues/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        JsonNode employed = fixtures.member("在职甲", id(branchA));
        JsonNode retired = fixtures.member("退休乙", id(branchA));
        JsonNode ill = fixtures.member("病休丙", id(branchA));
        JsonNode noBase = fixtures.member("新转入丁", id(branchB));
        String secretaryName = code("dsec").toLowerCase();
        String adminName = code("dadm").toLowerCase();
        Api secretary = account(secretaryName, "SECRETARY", id(branchA));
        Api admin = account(adminName, "UNIT_ADMIN", id(street));
        Api auditor = account(code("daud").toLowerCase(), "AUDITOR", id(street));
        Api otherAdmin = account(code("doth").toLowerCase(), "UNIT_ADMIN", id(otherStreet));

        // ---- bases: amounts from the bands (BigDecimal, half up to the fen); bad input refused with the fields named
        secretary.post(DUES + "/bases", Json.obj("memberId", id(employed), "year", year, "category", "EMPLOYED"))
                .expectInvalid("baseAmount");
        secretary.post(DUES + "/bases", Json.obj("memberId", id(ill), "year", year, "category", "FARMER", "fixedAmount", 2))
                .expectInvalid("fixedAmount");
        secretary.post(DUES + "/bases", Json.obj("memberId", 987654321, "year", 1990, "category", "RETIRED"))
                .expectInvalid("memberId", "year", "baseAmount");
        JsonNode base = secretary.post(DUES + "/bases", Json.obj("memberId", id(employed), "year", year, "category", "EMPLOYED",
                "baseAmount", "4000")).expect(201).json();
        assertEquals(40.0, base.path("monthlyAmount").asDouble(), 1e-9);
        assertEquals(60.0, secretary.post(DUES + "/bases", Json.obj("memberId", id(retired), "year", year, "category", "RETIRED",
                "baseAmount", "6000")).expect(201).json().path("monthlyAmount").asDouble(), 1e-9);
        secretary.post(DUES + "/bases", Json.obj("memberId", id(ill), "year", year, "category", "FARMER", "fixedAmount", 1))
                .expect(201);
        secretary.post(DUES + "/bases", Json.obj("memberId", id(employed), "year", year, "category", "EMPLOYED",
                "baseAmount", "4100")).problem(409);
        // the base is personal data: masked in lists and for the auditor, in full (and audited) for the secretary
        String list = admin.get(DUES + "/bases?unit=" + id(street) + "&year=" + year).expect(200).text();
        assertTrue(list, list.contains("****") && !list.contains("4000"));
        assertEquals("****", auditor.get(DUES + "/bases/" + id(base)).expect(200).json().path("baseAmount").asText());
        assertEquals("4000.00", secretary.get(DUES + "/bases/" + id(base)).expect(200).json().path("baseAmount").asText());
        String reads = api.get("/audit?actor=" + secretaryName + "&entityType=dues.base&size=50").expect(200).text();
        assertTrue(reads, reads.contains("READ_PERSONAL"));
        // a masked value sent back means "unchanged"
        JsonNode kept = secretary.put(DUES + "/bases/" + id(base), Json.obj("category", "EMPLOYED", "baseAmount", "****",
                "note", "年度核定"), base.path("version").asLong()).expect(200).json();
        assertEquals(40.0, kept.path("monthlyAmount").asDouble(), 1e-9);

        // ---- an exemption, then the street opens January for every branch
        secretary.post(DUES + "/exemptions", Json.obj("memberId", id(ill), "from", year + "-07", "to", jan, "reason", "x"))
                .expectInvalid("to");
        secretary.post(DUES + "/exemptions", Json.obj("memberId", id(ill), "from", jan, "to", year + "-07",
                "reason", "身患重病，经支部委员会研究同意免交")).expect(201);
        admin.post(DUES + "/months", Json.obj("organizationId", id(street), "period", year + "-13")).expectInvalid("period");
        admin.post(DUES + "/months", Json.obj("organizationId", id(street), "period", "2099-01")).expectInvalid("period");
        JsonNode opened = admin.post(DUES + "/months", Json.obj("organizationId", id(street), "period", jan, "cascade", true))
                .expect(200).json();
        assertEquals(opened.toString(), 2, opened.path("opened").size());
        assertEquals(id(noBase), opened.path("missingBases").get(0).path("memberId").asLong());
        JsonNode month = DuesItSupport.monthOf(opened, id(branchA));
        assertEquals(3, month.path("dues").asInt());
        assertEquals(1, month.path("exempt").asInt());
        assertEquals(100.0, month.path("expected").asDouble(), 1e-9);
        assertEquals("[\"SETTLE\"]", month.path("allowedActions").toString());
        secretary.post(DUES + "/months", Json.obj("organizationId", id(branchA), "period", jan)).problem(409);
        Map<Long, JsonNode> dues = DuesItSupport.dues(secretary, month);

        // ---- payments: one with the amount checked, one in bulk, a mistake revoked
        JsonNode employedDue = dues.get(id(employed));
        long v = employedDue.path("version").asLong();
        String day = year + "-01-15";
        secretary.post(DUES + "/dues/" + id(employedDue) + "/pay", Json.obj("paidOn", day, "channel", "WECHAT", "amount", 41), v)
                .expectInvalid("amount");
        secretary.post(DUES + "/dues/" + id(employedDue) + "/pay", Json.obj("paidOn", day, "channel", "WECHAT"), v + 3).problem(409);
        secretary.post(DUES + "/dues/" + id(employedDue) + "/pay", Json.obj()).problem(428);
        JsonNode paid = secretary.post(DUES + "/dues/" + id(employedDue) + "/pay", Json.obj("paidOn", day, "channel", "WECHAT",
                "amount", 40), v).expect(200).json();
        assertEquals("PAID", paid.path("status").asText());
        secretary.post(DUES + "/dues/" + id(employedDue) + "/pay", Json.obj("paidOn", day, "channel", "CASH"),
                paid.path("version").asLong()).problem(409);
        secretary.post(DUES + "/dues/" + id(dues.get(id(ill))) + "/pay", Json.obj("paidOn", day, "channel", "CASH"),
                dues.get(id(ill)).path("version").asLong()).problem(409);
        JsonNode retiredDue = dues.get(id(retired));
        secretary.post(DUES + "/payments", Json.obj("dueIds", Json.arr(), "paidOn", day, "channel", "CASH")).expectInvalid("dueIds");
        JsonNode bulk = secretary.post(DUES + "/payments", Json.obj("dueIds", Json.arr(id(retiredDue), id(employedDue)),
                "paidOn", day, "channel", "CASH")).expect(200).json();
        assertEquals(1, bulk.path("paid").asInt());
        assertEquals("[" + id(employedDue) + "]", bulk.path("skipped").toString());
        retiredDue = secretary.get(DUES + "/dues/" + id(retiredDue)).expect(200).json();
        secretary.post(DUES + "/dues/" + id(retiredDue) + "/revoke", Json.obj(), retiredDue.path("version").asLong())
                .expectInvalid("reason");
        retiredDue = secretary.post(DUES + "/dues/" + id(retiredDue) + "/revoke", Json.obj("reason", "误登记"),
                retiredDue.path("version").asLong()).expect(200).json();
        assertEquals("UNPAID", retiredDue.path("status").asText());

        // ---- settle (locked), a second settle names the allowed step, a back-payment, reopen by the street only
        month = secretary.get(DUES + "/months/" + id(month)).expect(200).json();
        JsonNode settled = secretary.post(DUES + "/months/" + id(month) + "/settle", Json.obj("note", "按时上报"),
                month.path("version").asLong()).expect(200).json();
        assertEquals("SETTLED", settled.path("status").asText());
        JsonNode twice = secretary.post(DUES + "/months/" + id(month) + "/settle", Json.obj(), settled.path("version").asLong())
                .problem(409);
        assertTrue(twice.toString(), twice.path("detail").asText().contains("allowed: Reopen"));
        JsonNode back = secretary.post(DUES + "/dues/" + id(retiredDue) + "/pay", Json.obj("paidOn", year + "-02-10",
                "channel", "CASH"), retiredDue.path("version").asLong()).expect(200).json();
        assertTrue(back.toString(), back.path("backPayment").asBoolean());
        secretary.post(DUES + "/months/" + id(month) + "/reopen", Json.obj("note", "更正"), settled.path("version").asLong())
                .problem(403);
        admin.post(DUES + "/months/" + id(month) + "/reopen", Json.obj(), settled.path("version").asLong()).expectInvalid("note");
        JsonNode reopened = admin.post(DUES + "/months/" + id(month) + "/reopen", Json.obj("note", "更正交纳方式"),
                settled.path("version").asLong()).expect(200).json();
        assertEquals("OPEN", reopened.path("status").asText());
        admin.post(DUES + "/months/" + id(month) + "/settle", Json.obj(), reopened.path("version").asLong()).expect(200);
        List<String> steps = new ArrayList<>();
        admin.get(DUES + "/months/" + id(month) + "/history").expect(200).json()
                .forEach(s -> steps.add(s.path("action").asText() + ":" + s.path("actor").asText()));
        assertEquals(List.of("OPEN:" + adminName, "SETTLE:" + secretaryName, "REOPEN:" + adminName, "SETTLE:" + adminName), steps);

        // ---- February to July: the employed member pays, the retired one does not: six months in a row are flagged
        for (int m = 2; m <= 7; m++) {
            String period = year + "-0" + m;
            JsonNode o = admin.post(DUES + "/months", Json.obj("organizationId", id(street), "period", period, "cascade", true))
                    .expect(200).json();
            JsonNode mo = DuesItSupport.monthOf(o, id(branchA));
            Map<Long, JsonNode> d = DuesItSupport.dues(secretary, mo);
            secretary.post(DUES + "/payments", Json.obj("dueIds", Json.arr(id(d.get(id(employed)))), "paidOn", period + "-12",
                    "channel", "BANK")).expect(200);
            mo = secretary.get(DUES + "/months/" + id(mo)).expect(200).json();
            secretary.post(DUES + "/months/" + id(mo) + "/settle", Json.obj(), mo.path("version").asLong()).expect(200);
        }
        JsonNode flagged = admin.get(DUES + "/arrears?unit=" + id(street) + "&period=" + year + "-12&flagged=true").expect(200).json();
        assertEquals(flagged.toString(), 1, flagged.path("total").asInt());
        assertEquals(id(retired), flagged.path("items").get(0).path("memberId").asLong());
        assertEquals(6, flagged.path("items").get(0).path("longestRun").asInt());
        assertEquals(360.0, flagged.path("items").get(0).path("owed").asDouble(), 1e-9);
        String inbox = secretary.get("/notifications?size=50").expect(200).text();
        assertTrue(inbox, inbox.contains("dues.arrears.sixMonths") && inbox.contains("退休乙"));
        JsonNode statement = secretary.get(DUES + "/members/" + id(retired) + "/statement?year=" + year).expect(200).json();
        assertEquals(jan, statement.path("paidUpTo").asText());
        assertEquals(7, statement.path("months").size());
        // membership's transfer letter states the month the dues records say, not what was typed (issue 21)
        api.putWithoutVersion("/modules/membership/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        JsonNode letter = admin.post("/api/membership/transfers", Json.obj("kind", "OUT", "memberId", id(retired),
                "externalOrg", "中共某省某县委组织部", "addressee", "中共某省某县委组织部", "duesPaidTo", "2001-01")).expect(201).json();
        assertEquals(letter.toString(), jan, letter.path("duesPaidTo").asText());
        admin.post("/api/membership/transfers/" + id(letter) + "/cancel?version=" + letter.path("version").asLong(), "").expect(200);

        // ---- August: the payments come as WeChat Pay's export; matched rows are paid, the others listed
        String aug = year + "-08";
        JsonNode august = DuesItSupport.monthOf(admin.post(DUES + "/months", Json.obj("organizationId", id(street), "period", aug, "cascade", true))
                .expect(200).json(), id(branchA));
        String header = "姓名,金额,日期,备注\n";
        JsonNode refused = secretary.send("POST", DUES + "/months/" + id(august) + "/import?format=CSV", "text/csv",
                BodyPublishers.ofString(header + "在职甲,四十,2024-08-10,\n退休乙,60,2099-01-01,\n")).problem(422);
        assertEquals(refused.toString(), 2, refused.path("rowErrors").size());
        String file = header + "在职甲,40.00," + aug + "-10,微信转账\n退休乙,61," + aug + "-11,\n无此人,1," + aug
                + "-12,\n病休丙,,,\n退休乙家属代交,60," + aug + "-13,\n";
        JsonNode imported = secretary.send("POST", DUES + "/months/" + id(august) + "/import?format=CSV&channel=WECHAT", "text/csv",
                BodyPublishers.ofString(file)).expect(200).json();
        assertEquals(imported.toString(), 1, imported.path("matched").asInt());
        assertEquals(3, imported.path("unmatched").size());
        assertTrue(imported.toString(), imported.path("unmatched").get(0).path("reason").path("en").asText().contains("60"));
        // the unmatched rows are kept for manual matching: matched by hand to a due (amounts must agree) or dismissed
        JsonNode waiting = secretary.get(DUES + "/months/" + id(august) + "/unmatched?status=OPEN").expect(200).json();
        assertEquals(waiting.toString(), 3, waiting.size());
        JsonNode wrongAmount = waiting.get(0);
        JsonNode byRelative = waiting.get(2);
        long retiredAugust = id(DuesItSupport.dues(secretary, august).get(id(retired)));
        secretary.post(DUES + "/unmatched/" + id(wrongAmount) + "/match", Json.obj("dueId", retiredAugust),
                wrongAmount.path("version").asLong()).expectInvalid("dueId");
        JsonNode dismissed = secretary.post(DUES + "/unmatched/" + id(wrongAmount) + "/dismiss", Json.obj("reason", "金额有误，已原路退回"),
                wrongAmount.path("version").asLong()).expect(200).json();
        assertEquals("DISMISSED", dismissed.path("status").asText());
        secretary.post(DUES + "/unmatched/" + id(wrongAmount) + "/dismiss", Json.obj("reason", "再次忽略"),
                dismissed.path("version").asLong()).problem(409);
        JsonNode matchedByHand = secretary.post(DUES + "/unmatched/" + id(byRelative) + "/match", Json.obj("dueId", retiredAugust),
                byRelative.path("version").asLong()).expect(200).json();
        assertEquals(retiredAugust, matchedByHand.path("dueId").asLong());
        JsonNode paidByHand = secretary.get(DUES + "/dues/" + retiredAugust).expect(200).json();
        assertEquals("PAID", paidByHand.path("status").asText());
        // the same file again keeps nothing twice (the export sent back is not kept either); the hand-made payment is revoked
        secretary.send("POST", DUES + "/months/" + id(august) + "/import?format=CSV&channel=WECHAT", "text/csv",
                BodyPublishers.ofString(file)).expect(200);
        JsonNode allKept = secretary.get(DUES + "/months/" + id(august) + "/unmatched").expect(200).json();
        assertEquals(allKept.toString(), 3, allKept.size());
        assertEquals(1, secretary.get(DUES + "/months/" + id(august) + "/unmatched?status=OPEN").expect(200).json().size());
        otherAdmin.get(DUES + "/unmatched/" + id(byRelative)).problem(404);
        secretary.post(DUES + "/dues/" + retiredAugust + "/revoke", Json.obj("reason", "家属代交款已退回"),
                paidByHand.path("version").asLong()).expect(200);
        String monthList = secretary.get(DUES + "/months/" + id(august) + "/export?format=CSV").expect(200).text();
        assertTrue(monthList, monthList.contains("在职甲") && monthList.contains("已交") && monthList.contains("微信支付") && monthList.contains("病休丙"));
        String report = admin.get(DUES + "/months/report?unit=" + id(street) + "&period=" + jan + "&format=CSV").expect(200).text();
        assertTrue(report, report.contains(branchA.path("name").asText()) && report.contains("已结算") && report.contains("100.00"));

        // ---- the figures: expected 8 x (40 + 60) + 1 (the exemption ended in July), collected 8 x 40 + 60 (January's
        // back-payment); August is still open

        JsonNode stats = admin.get(DUES + "/statistics?unit=" + id(street) + "&year=" + year).expect(200).json();
        JsonNode total = stats.path("total");
        assertEquals(stats.toString(), 801.0, total.path("expected").asDouble(), 1e-9);
        assertEquals(380.0, total.path("collected").asDouble(), 1e-9);
        assertEquals(47.4, total.path("ratePercent").asDouble(), 1e-9);
        assertEquals(60.0, total.path("backPayments").asDouble(), 1e-9);
        assertEquals(1, total.path("membersInArrears").asInt());
        assertEquals(1, total.path("sixMonthsOrMore").asInt());
        assertEquals(7, total.path("exemptDues").asInt());
        assertEquals(8, stats.path("months").size());
        JsonNode january = admin.get(DUES + "/statistics?unit=" + id(street) + "&year=" + year + "&month=1").expect(200).json();
        assertEquals(100.0, january.path("total").path("collected").asDouble(), 1e-9);
        admin.get(DUES + "/statistics?unit=" + id(street) + "&year=" + year + "&month=13").expectInvalid("month");
        String dashboard = api.get("/statistics?subtreeOf=" + id(street) + "&year=" + year).expect(200).text();
        assertTrue(dashboard, dashboard.contains("dues.rate") && dashboard.contains("47.4"));
        String record = api.get("/work-record?subtreeOf=" + id(street) + "&year=" + year).expect(200).text();
        assertTrue(record, record.contains("dues.collected") && record.contains("Party dues"));
        String shell = KarafShell.run(sessions, "grassroots:dues-stats " + street.path("code").asText() + " " + year);
        assertTrue(shell, shell.contains("collected 380.00") && shell.contains("six consecutive months or more 1"));

        // ---- yearly statements: the street's (figures and every member's months) and a member's, as XLSX/CSV too
        JsonNode yearly = admin.get(DUES + "/units/" + id(street) + "/statement?year=" + year).expect(200).json();
        assertEquals(801.0, yearly.path("total").path("expected").asDouble(), 1e-9);
        assertEquals(380.0, yearly.path("total").path("collected").asDouble(), 1e-9);
        assertEquals(yearly.toString(), 3, yearly.path("members").size());
        for (JsonNode line : yearly.path("members")) {
            if (line.path("memberId").asLong() == id(retired)) {
                assertEquals(line.toString(), "BACK_PAID", line.path("months").get(0).asText());
                assertEquals(line.toString(), "UNPAID", line.path("months").get(1).asText());
                assertTrue(line.toString(), line.path("months").get(8).isNull());
            }
        }
        String ledger = secretary.get(DUES + "/units/" + id(branchA) + "/statement/export?year=" + year + "&format=CSV").expect(200).text();
        assertTrue(ledger, ledger.contains("退休乙") && ledger.contains("补缴") && ledger.contains("本月实交（元）") && ledger.contains("合计"));
        String own = secretary.get(DUES + "/members/" + id(retired) + "/statement/export?year=" + year + "&format=CSV").expect(200).text();
        assertTrue(own, own.contains("党费缴至 " + jan) && own.contains("是"));
        otherAdmin.get(DUES + "/units/" + id(street) + "/statement?year=" + year).problem(404);
        otherAdmin.get(DUES + "/members/" + id(retired) + "/statement/export?year=" + year).problem(404);
        // ... as Word and PDF through the platform's document facility; the member reads their own
        String word = DuesItSupport.wordText(secretary.get(DUES + "/units/" + id(branchA) + "/statement/document?year=" + year + "&format=DOCX")
                .expect(200).bytes());
        assertTrue(word, word.contains("年度党费收缴明细") && word.contains("退休乙") && word.contains("补缴月份") && word.contains("1月"));
        Api.Response pdf = secretary.get(DUES + "/members/" + id(retired) + "/statement/document?year=" + year + "&format=PDF").expect(200);
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        secretary.get(DUES + "/members/" + id(retired) + "/statement/document?year=" + year + "&format=ODT").expectInvalid("format");
        secretary.get(DUES + "/units/" + id(branchA) + "/statement/document?year=" + year).expectInvalid("format");
        otherAdmin.get(DUES + "/units/" + id(street) + "/statement/document?year=" + year + "&format=DOCX").problem(404);
        String memberName = "dues-member-" + Long.toString(System.nanoTime(), 36);
        api.post("/api/auth/accounts", Json.obj("username", memberName, "displayName", memberName, "roles", Json.arr("MEMBER"),
                "organizationId", id(branchA), "memberId", id(retired), "password", TEMPORARY)).expect(201);
        api.signIn(memberName, TEMPORARY).post("/api/auth/password", Json.obj("currentPassword", TEMPORARY,
                "newPassword", CHOSEN)).expect(204);
        Api member = api.basic(memberName, CHOSEN);
        assertEquals(jan, member.get(DUES + "/my/statement?year=" + year).expect(200).json().path("paidUpTo").asText());
        String mine = DuesItSupport.wordText(member.get(DUES + "/my/statement/document?year=" + year + "&format=DOCX").expect(200).bytes());
        assertTrue(mine, mine.contains("退休乙") && mine.contains("党费缴至：" + jan));
        member.get(DUES + "/units/" + id(branchA) + "/statement/document?year=" + year + "&format=DOCX").problem(403);

        // ---- the reminder to open September knows both branches (members of their own), whether or not they collected
        String remind = "";
        for (int run = 0; run < 10 && !remind.contains("\n0 organization(s)"); run++) { // at most 500 a run
            remind = KarafShell.run(sessions, "grassroots:dues-remind --on " + year + "-09-11");
        }
        assertTrue(remind, remind.contains("\n0 organization(s) reminded to open " + year + "-09"));
        String opening = secretary.get("/notifications?size=100").expect(200).text();
        assertTrue(opening, opening.contains("dues.month.open") && opening.contains(year + "-09"));

        // ---- scope: another street sees nothing of this one; a street without the module is refused
        otherAdmin.get(DUES + "/months/" + id(month)).problem(404);
        otherAdmin.get(DUES + "/months?unit=" + id(street)).problem(404);
        otherAdmin.get(DUES + "/dues/" + id(employedDue)).problem(404);
        JsonNode disabled = otherAdmin.get(DUES + "/months?unit=" + id(otherStreet)).problem(403);
        assertTrue(disabled.toString(), disabled.path("detail").asText().contains("dues"));
        secretary.put(DUES + "/bands/EMPLOYED", Json.obj("bands", Json.arr()), 0).problem(403);
        JsonNode bands = api.get(DUES + "/bands/EMPLOYED").expect(200).json();
        api.put(DUES + "/bands/EMPLOYED", Json.obj("bands", Json.arr(Json.obj("upTo", 5000, "rate", 0.01),
                Json.obj("upTo", 3000, "rate", 0.02), Json.obj("rate", 0.03))), bands.path("version").asLong())
                .expectInvalid("bands[1].upTo");

        // ---- uninstall and reinstall the module: every record is still there
        long monthId = id(month);
        JsonNode before = admin.get(DUES + "/months/" + monthId).expect(200).json();
        api.post("/modules/dues/uninstall", "").expect(200);
        DuesItSupport.awaitTrue("the module's API gone", () -> api.get(DUES + "/bands").status() == 404);
        api.post("/modules/dues/install?timeout=" + SETTLE.toSeconds(), "").expect(200);
        DuesItSupport.awaitTrue("the module's API back", () -> admin.get(DUES + "/months/" + monthId).status() == 200);
        assertEquals(before, admin.get(DUES + "/months/" + monthId).expect(200).json());
        assertEquals(380.0, admin.get(DUES + "/statistics?unit=" + id(street) + "&year=" + year).expect(200).json()
                .path("total").path("collected").asDouble(), 1e-9);
    }

    /** The demo year (core's district with the dues part only) gives the figures docs/modules/dues.md shows. */
    @Test
    public void theDemoYearKeepsItsFigures() {
        long district = -1;
        for (JsonNode root : api.get("/organizations/roots").expect(200).json()) {
            if ("JNGX".equals(root.path("code").asText())) {
                district = id(root);
            }
        }
        assertTrue("no demo district", district > 0);
        JsonNode total = api.get(DUES + "/statistics?unit=" + district + "&year=2024").expect(200).json().path("total");
        assertEquals(total.toString(), 47040, total.path("dues").asLong());
        assertEquals("2069596.75", total.path("expected").decimalValue().setScale(2).toPlainString());
        assertEquals("1992854.85", total.path("collected").decimalValue().setScale(2).toPlainString());
        assertEquals(96.3, total.path("ratePercent").asDouble(), 1e-9);
        assertEquals(1816, total.path("unpaidDues").asLong());
        assertEquals(85, total.path("exemptDues").asLong());
        assertEquals("10804.35", total.path("backPayments").decimalValue().setScale(2).toPlainString());
        assertEquals("16200.00", total.path("voluntary").decimalValue().setScale(2).toPlainString());
        assertEquals(196, total.path("membersInArrears").asLong());
        assertEquals(47, total.path("sixMonthsOrMore").asLong());
        System.out.println("dues panel of the district (ms, median of 7 after 3 warm-ups): module panel "
                + DuesItSupport.medianMillis(api, DUES + "/statistics?unit=" + district + "&year=2024") + ", dashboard figures "
                + DuesItSupport.medianMillis(api, "/statistics?subtreeOf=" + district + "&year=2024"));
    }

    /** Query parameters that cannot be read answer 422 naming them. */
    @Test
    public void unreadableParametersAnswer422NamingThem() {
        DuesItSupport.awaitTrue("the module's API served", () -> api.get(DUES + "/openapi.json").status() == 200);
        api.get(DUES + "/months?status=LOST").expectInvalid("status");
        api.get(DUES + "/bases?category=RICH").expectInvalid("category");
        api.get(DUES + "/months?year=1999").expectInvalid("year");
        api.get(DUES + "/statistics?year=abc").expectInvalid("year");
        api.get(DUES + "/months").expectInvalid("unit");
        JsonNode street = fixtures.unit(code("DQS"), null, "STREET", "WORKING_COMMITTEE");
        api.putWithoutVersion("/modules/dues/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        api.get(DUES + "/months?unit=" + id(street) + "&period=March").expectInvalid("period");
        api.get(DUES + "/months?unit=" + id(street) + "&size=100000").expectInvalid("size");
        api.get(DUES + "/bases?unit=" + id(street) + "&sort=secret").expectInvalid("sort");
        api.get(DUES + "/arrears?unit=" + id(street) + "&sort=secret").expectInvalid("sort");
        api.get(DUES + "/months/987654321").problem(404);
        api.post(DUES + "/months", Json.obj()).expectInvalid("organizationId");
    }

    /** Creates an account with a temporary password, signs in once to replace it, returns a Basic client. */
    private Api account(String username, String role, Long organizationId) {
        return api.newAccount(username, role, organizationId, null);
    }


}
