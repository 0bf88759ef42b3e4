package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import javax.inject.Inject;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.BadCases;
import org.grassroots.itests.support.BadFiles;
import org.grassroots.itests.support.BadQueries;
import org.grassroots.itests.support.BaseBodies;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.KarafLog;
import org.grassroots.itests.support.OpenApiUploads;
import org.grassroots.itests.support.OpenApiWrites;
import org.grassroots.itests.support.RowCounts;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bad-input suite (issue 13): generated bad request bodies against every write operation of every installed
 * module, found in the modules' OpenAPI descriptions, so that a new module is covered without editing this class.
 * Each operation's base body ({@link BaseBodies}) is spoilt one property at a time ({@link BadCases}: wrong JSON
 * types, nulls in lists, numbers out of range or not finite, impossible dates, unsafe and huge text, unknown and
 * duplicate keys, malformed JSON). Every case must answer 4xx application/problem+json, a 422 naming a field; at
 * every checkpoint and at the end the platform is healthy, no table gained or lost a row and karaf.log holds no
 * ERROR line. Likewise every import of every module gets spoilt files ({@link BadFiles}, imports found by
 * {@link OpenApiUploads}) and every list endpoint bad query parameters ({@link BadQueries}). Runs on the district
 * (every module installed), with a unit and a member to refer to; the three tests together stay within 5 minutes.
 * docs/input-validation.md lists the rules.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BadInputIT extends DistrictTestSupport {
    private static final int MINIMUM_CASES = 2_000;
    private static final int CHECKPOINT_EVERY = 300;
    private static final int EXAMPLES_PER_FAILURE = 3;
    /**
     * The time the class's tests took so far, printed for the CI budget. Not asserted: a time limit in a test fails on a
     * loaded machine (5 min 24 s once, beside a benchmark) without anything being wrong; speed is the bench's business.
     */
    private static final AtomicReference<Duration> SPENT = new AtomicReference<>(Duration.ZERO);

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return District.configuration(false);
    }

    /** What went wrong, grouped by module, kind and rule, with a few example requests each. */
    private final Map<String, List<String>> failures = new TreeMap<>();
    private final Map<String, Integer> failureCounts = new TreeMap<>();
    /** 422s whose errors name a field, but not the property the case spoilt (reported, not failed). */
    private final Map<String, Integer> namedAnotherField = new TreeMap<>();

    @Test
    public void everyWriteOperationRefusesEveryBadBodyClearlyAndStoresNothing() {
        long started = System.nanoTime();
        Api admin = api.signIn(District.ADMIN, District.ADMIN_PASSWORD);
        // records the base bodies refer to, made before the row counts are taken
        long unit = referenceUnit(admin);
        long member = id(fixtures.member("坏输入", unit));
        OpenApiWrites described = new OpenApiWrites(admin,
                Map.of("year", LocalDate.now().getYear(), "integer", unit, "string", "x"));
        BadCases generator = new BadCases(new BaseBodies(unit, member));

        List<BadCases.Case> cases = new ArrayList<>();
        List<OpenApiWrites.ListEndpoint> lists = new ArrayList<>();
        Map<String, Integer> operationsPerModule = new TreeMap<>();
        for (String module : described.modules()) {
            List<OpenApiWrites.Operation> writes = described.writes(module);
            operationsPerModule.put(module, writes.size());
            writes.forEach(operation -> cases.addAll(generator.of(operation)));
            lists.addAll(described.lists(module));
        }
        assertTrue("at least " + MINIMUM_CASES + " cases, generated " + cases.size(), cases.size() >= MINIMUM_CASES);

        RowCounts rows = new RowCounts(context);
        Map<String, Long> rowsBefore = rows.now();
        Map<String, Long> totalsBefore = totals(admin, lists);
        KarafLog log = KarafLog.fromNow();

        Map<String, Integer> perModule = new TreeMap<>();
        Map<String, Integer> perKind = new TreeMap<>();
        Map<Integer, Integer> perStatus = new TreeMap<>();
        for (int i = 0; i < cases.size(); i++) {
            BadCases.Case bad = cases.get(i);
            perModule.merge(bad.operation().module(), 1, Integer::sum);
            perKind.merge(bad.kind(), 1, Integer::sum);
            Api.Response answer = send(admin, bad);
            perStatus.merge(answer.status(), 1, Integer::sum);
            check(bad, answer);
            if ((i + 1) % CHECKPOINT_EVERY == 0) {
                checkpoint("after case " + (i + 1), admin, rows, rowsBefore, lists, totalsBefore, log);
            }
        }
        Api.sleep(1000);
        checkpoint("at the end", admin, rows, rowsBefore, lists, totalsBefore, log);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        System.out.println(summary(cases.size(), took, operationsPerModule, perModule, perKind, perStatus,
                lists.size(), rowsBefore.size()));
        finish(took);
    }

    /**
     * Every import of every installed module ({@link OpenApiUploads}: core's members and units imports and each
     * module's sheet uploads) refuses every spoilt file ({@link BadFiles}) with a 4xx problem+json and stores nothing.
     */
    @Test
    public void everyImportRefusesEverySpoiltFileClearlyAndStoresNothing() {
        long started = System.nanoTime();
        Api admin = api.signIn(District.ADMIN, District.ADMIN_PASSWORD);
        long unit = referenceUnit(admin);
        Map<String, Object> pathValues = Map.of("year", LocalDate.now().getYear(), "integer", unit, "string", "x");
        OpenApiWrites described = new OpenApiWrites(admin, pathValues);
        OpenApiUploads uploads = new OpenApiUploads(admin, pathValues);
        BadFiles generator = new BadFiles();
        List<BadFiles.Case> cases = new ArrayList<>();
        List<OpenApiWrites.ListEndpoint> lists = new ArrayList<>();
        Map<String, Integer> importsPerModule = new TreeMap<>();
        for (String module : described.modules()) {
            List<OpenApiUploads.Upload> imports = uploads.imports(module, described.document(module));
            importsPerModule.put(module, imports.size());
            imports.forEach(upload -> cases.addAll(generator.of(upload)));
            lists.addAll(described.lists(module));
        }
        assertTrue("imports found: " + importsPerModule, importsPerModule.getOrDefault("core", 0) >= 2);

        RowCounts rows = new RowCounts(context);
        Map<String, Long> rowsBefore = rows.now();
        Map<String, Long> totalsBefore = totals(admin, lists);
        KarafLog log = KarafLog.fromNow();
        Map<String, Map<Integer, Integer>> statusesPerImport = new TreeMap<>();
        List<String> retried = new ArrayList<>();
        Map<String, Integer> perKind = new TreeMap<>();
        for (int i = 0; i < cases.size(); i++) {
            BadFiles.Case bad = cases.get(i);
            Api.Response answer = upload(admin, bad, retried);
            statusesPerImport.computeIfAbsent(bad.upload().toString(), k -> new TreeMap<>())
                    .merge(answer.status(), 1, Integer::sum);
            perKind.merge(bad.kind() + " (" + bad.format() + ")", 1, Integer::sum);
            String where = bad.upload().module() + " import " + bad.kind() + " (" + bad.format() + ")";
            if (refusedAsProblem(where, bad, answer) && answer.json().path("detail").asText().isBlank()) {
                failure(where + ": a problem without a detail", bad, answer);
            }
            if ((i + 1) % CHECKPOINT_EVERY == 0) {
                checkpoint("after import case " + (i + 1), admin, rows, rowsBefore, lists, totalsBefore, log);
            }
        }
        Api.sleep(1000);
        checkpoint("after the imports", admin, rows, rowsBefore, lists, totalsBefore, log);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        StringBuilder text = new StringBuilder("\n==== BadInputIT imports: ").append(cases.size())
                .append(" spoilt files in ").append(took.toSeconds()).append(" s against ").append(importsPerModule)
                .append(" imports\n");
        statusesPerImport.forEach((upload, statuses) -> text.append("  ").append(upload).append(" ").append(statuses).append('\n'));
        perKind.forEach((kind, n) -> text.append(String.format("  kind %-36s %4d%n", kind, n)));
        text.append("  sent again after the connection was lost: ").append(retried).append('\n');
        text.append("  failures: ").append(failures.size()).append(" groups\n");
        System.out.println(text);
        finish(took);
    }

    /**
     * Sends a spoilt file. A server may answer an upload before reading all of it and close the connection, which
     * the client can see as a reset: then the platform must still be up, and the file is sent once more (listed in
     * the summary); a second loss fails the case.
     */
    private Api.Response upload(Api admin, BadFiles.Case bad, List<String> retried) {
        for (int attempt = 1; ; attempt++) {
            try {
                return admin.send(bad.upload().method(), bad.url(), BadFiles.contentType(bad.format()),
                        BodyPublishers.ofByteArray(bad.body()));
            } catch (IllegalStateException e) {
                if (attempt == 2 || !(e.getCause() instanceof java.io.IOException)) {
                    throw e;
                }
                retried.add(bad.upload() + " [" + bad.kind() + " " + bad.format() + "]: " + e.getCause());
                admin.awaitUp(Duration.ofSeconds(60), null, Api.CORE_PATHS);
            }
        }
    }

    /** The list endpoints refuse bad query parameters (pages, sizes, choices, dates, numbers) with a 4xx, never 500. */
    @Test
    public void everyListRefusesBadQueryParametersClearly() {
        long started = System.nanoTime();
        Api admin = api.signIn(District.ADMIN, District.ADMIN_PASSWORD);
        Map<String, Object> goodValues = Map.of("unit", referenceUnit(admin), "year", LocalDate.now().getYear());
        OpenApiWrites described = new OpenApiWrites(admin, Map.of());
        OpenApiUploads uploads = new OpenApiUploads(admin, Map.of());
        BadQueries generator = new BadQueries();
        List<BadQueries.Case> cases = new ArrayList<>();
        int listCount = 0;
        for (String module : described.modules()) {
            List<OpenApiWrites.ListEndpoint> lists = described.lists(module);
            listCount += lists.size();
            uploads.listParameters(module, described.document(module), lists, goodValues)
                    .forEach(parameter -> cases.addAll(generator.of(parameter)));
        }
        KarafLog log = KarafLog.fromNow();
        Map<String, Integer> perKind = new TreeMap<>();
        Map<Integer, Integer> perStatus = new TreeMap<>();
        for (BadQueries.Case bad : cases) {
            Api.Response answer = admin.get(bad.url());
            perKind.merge(bad.kind(), 1, Integer::sum);
            perStatus.merge(answer.status(), 1, Integer::sum);
            String where = bad.parameter().module() + " list " + bad.kind();
            if (refusedAsProblem(where, bad, answer) && answer.status() == 422
                    && answer.errorFields().stream().noneMatch(bad.parameter().name()::equals)) {
                namedAnotherField.merge(bad + " -> " + answer.errorFields(), 1, Integer::sum);
            }
        }
        List<String> errors = log.errorLines();
        if (!errors.isEmpty()) {
            failures.computeIfAbsent("karaf.log ERROR lines after the queries", k -> new ArrayList<>())
                    .add(String.join("\n    ", errors.subList(0, Math.min(5, errors.size()))));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        StringBuilder text = new StringBuilder("\n==== BadInputIT queries: ").append(cases.size())
                .append(" bad query parameters on ").append(listCount).append(" lists in ").append(took.toSeconds())
                .append(" s; statuses ").append(perStatus).append('\n');
        perKind.forEach((kind, n) -> text.append(String.format("  kind %-32s %4d%n", kind, n)));
        text.append("  422s naming another parameter: ").append(namedAnotherField.size()).append('\n');
        namedAnotherField.keySet().stream().limit(20).forEach(line -> text.append("    ").append(line).append('\n'));
        text.append("  failures: ").append(failures.size()).append(" groups\n");
        System.out.println(text);
        finish(took);
    }

    /** A unit to refer to and fill path parameters with, made before any row count is taken. */
    private long referenceUnit(Api admin) {
        JsonNode roots = admin.get("/organizations/roots").expect(200).json();
        JsonNode root = roots.size() > 0 ? roots.get(0) : fixtures.root("BI");
        return id(fixtures.branch(root, "BI"));
    }

    /** Fails with every group of failures; then prints the time all of the class's tests took together. */
    private void finish(Duration took) {
        Duration total = SPENT.accumulateAndGet(took, Duration::plus);
        if (!failures.isEmpty()) {
            StringBuilder text = new StringBuilder("bad input not refused as it must be:\n");
            failures.forEach((what, examples) -> text.append("- ").append(what)
                    .append(failureCounts.containsKey(what) ? " (" + failureCounts.get(what) + " cases)" : "")
                    .append("\n    ")
                    .append(String.join("\n    ", examples)).append('\n'));
            fail(text.toString());
        }
        System.out.println("BadInputIT: this test " + took.toSeconds() + " s, the class so far " + total.toSeconds() + " s");
    }

    private static Api.Response send(Api admin, BadCases.Case bad) {
        return admin.send(bad.operation().method(), bad.operation().path(), "application/json",
                BodyPublishers.ofByteArray(bad.body()));
    }

    /** 4xx, never 2xx or 5xx; problem+json; a 422 names a field (the spoilt one, else it is noted). */
    private void check(BadCases.Case bad, Api.Response answer) {
        String where = bad.operation().module() + " " + bad.kind();
        if (!refusedAsProblem(where, bad, answer) || answer.status() != 422) {
            return;
        }
        List<String> fields = answer.errorFields();
        if (fields.isEmpty() || fields.stream().anyMatch(String::isBlank)) {
            failure(where + ": 422 without a field", bad, answer);
        } else if (!bad.field().isEmpty() && fields.stream().noneMatch(f -> names(f, bad.field()))) {
            namedAnotherField.merge(bad.operation() + " " + bad.kind() + " " + bad.field() + " -> " + fields, 1,
                    Integer::sum);
        }
    }

    /** Whether an error's field names the spoilt property ({@code tags[0]} names {@code tags}, and back). */
    private static boolean names(String errorField, String property) {
        String bare = property.replace("[0]", "");
        return errorField.equals(property) || errorField.equals(bare) || errorField.startsWith(bare + "[")
                || errorField.startsWith(bare + ".");
    }

    private void failure(String what, Object bad, Api.Response answer) {
        failureCounts.merge(what, 1, Integer::sum);
        List<String> examples = failures.computeIfAbsent(what, k -> new ArrayList<>());
        if (examples.size() < EXAMPLES_PER_FAILURE) {
            String text = answer.text();
            examples.add(bad + "\n      -> " + answer.status() + " " + answer.contentType() + " "
                    + (text.length() > 400 ? text.substring(0, 400) + "..." : text));
        }
    }

    /** 4xx, never 2xx or 5xx, as problem+json: false (and recorded) when not. */
    private boolean refusedAsProblem(String where, Object bad, Api.Response answer) {
        int status = answer.status();
        if (status < 400 || status >= 500) {
            failure(where + ": answered " + status, bad, answer);
            return false;
        }
        if (!answer.contentType().toLowerCase(Locale.ROOT).startsWith(Api.PROBLEM_JSON)) {
            failure(where + ": " + status + " is not " + Api.PROBLEM_JSON, bad, answer);
            return false;
        }
        return true;
    }

    /** Health UP, no table changed, the lists' totals unchanged, no ERROR line in karaf.log. */
    private void checkpoint(String when, Api admin, RowCounts rows, Map<String, Long> rowsBefore,
                            List<OpenApiWrites.ListEndpoint> lists, Map<String, Long> totalsBefore, KarafLog log) {
        Api.Response health = admin.get("/api/health");
        if (health.status() != 200 || !"UP".equals(health.json().path("status").asText())) {
            failures.computeIfAbsent("health not UP " + when, k -> new ArrayList<>()).add(health.toString());
        }
        Map<String, String> changed = RowCounts.differences(rowsBefore, rows.now());
        if (!changed.isEmpty()) {
            failures.computeIfAbsent("rows changed " + when, k -> new ArrayList<>()).add(changed.toString());
        }
        Map<String, Long> totals = totals(admin, lists);
        if (!totals.equals(totalsBefore)) {
            failures.computeIfAbsent("list totals changed " + when, k -> new ArrayList<>())
                    .add(totalsBefore + " -> " + totals);
        }
        List<String> errors = log.errorLines();
        if (!errors.isEmpty()) {
            failures.computeIfAbsent("karaf.log ERROR lines " + when, k -> new ArrayList<>())
                    .add(String.join("\n    ", errors.subList(0, Math.min(5, errors.size()))));
        }
    }

    /** Each list endpoint's {@code total}. */
    private static Map<String, Long> totals(Api admin, List<OpenApiWrites.ListEndpoint> lists) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (OpenApiWrites.ListEndpoint list : lists) {
            Api.Response answer = admin.get(list.path() + "?size=1");
            if (answer.status() == 200) {
                totals.put(list.path(), answer.json().path("total").asLong());
            }
        }
        return totals;
    }

    private String summary(int total, Duration took, Map<String, Integer> operations, Map<String, Integer> perModule,
                           Map<String, Integer> perKind, Map<Integer, Integer> perStatus, int lists, int tables) {
        StringBuilder text = new StringBuilder("\n==== BadInputIT: ").append(total).append(" bad requests in ")
                .append(took.toSeconds()).append(" s; row counts of ").append(tables).append(" tables and totals of ")
                .append(lists).append(" lists compared every ").append(CHECKPOINT_EVERY).append(" cases\n");
        perModule.forEach((module, n) -> text.append(String.format("  module %-12s %5d cases over %d write operations%n",
                module, n, operations.getOrDefault(module, 0))));
        perKind.forEach((kind, n) -> text.append(String.format("  kind %-32s %5d%n", kind, n)));
        text.append("  statuses ").append(perStatus).append('\n');
        Set<String> other = new TreeSet<>(namedAnotherField.keySet());
        text.append("  422s naming a field other than the spoilt one: ").append(other.size()).append(" kinds\n");
        other.stream().limit(40).forEach(line -> text.append("    ").append(line).append('\n'));
        text.append("  failures: ").append(failures.size()).append(" groups\n");
        return text.toString();
    }
}
