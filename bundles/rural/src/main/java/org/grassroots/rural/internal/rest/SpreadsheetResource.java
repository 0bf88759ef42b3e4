package org.grassroots.rural.internal.rest;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.ValidationException;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.RestProperties;
import org.grassroots.rural.internal.Classifications;
import org.grassroots.rural.internal.RuralModule;
import org.grassroots.rural.internal.Scope;
import org.grassroots.rural.internal.Views.Classification;
import org.grassroots.rural.internal.classify.Criterion;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Spreadsheets, the way streets keep their assessments: {@code PUT /api/rural/scores/{year}.csv?unit=} imports the
 * criterion scores of the unit's villages (first column the village code, one column per criterion code; UTF-8 or
 * GBK), all rows or none, with row-level errors; {@code GET /classifications/{year}.csv?unit=} exports the year's
 * classification (UTF-8 with BOM so Excel shows Chinese), and {@code GET /scores/{year}/template.csv} the empty sheet.
 */
@Component(service = SpreadsheetResource.class, property = {
        RestProperties.RESOURCE + "=true", RestProperties.MODULE + "=" + RuralModule.ID })
@RequiresPermission("rural.read")
@Path("")
public class SpreadsheetResource {
    private static final String CSV = "text/csv;charset=UTF-8";
    private static final String CODE = "code";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).build();

    private final Classifications classifications;
    private final Scope scope;

    @Activate
    public SpreadsheetResource(@Reference Classifications classifications, @Reference Scope scope) {
        this.classifications = classifications;
        this.scope = scope;
    }

    @GET
    @Path("scores/{year}/template.csv")
    @Produces(CSV)
    public Response template(@PathParam("year") int year, @QueryParam("unit") Long unit) {
        List<String> header = new ArrayList<>(List.of(CODE, "name"));
        classifications.model(year).criteria().forEach(c -> header.add(c.code()));
        List<List<Object>> rows = new ArrayList<>();
        if (unit != null) {
            scope.villagesUnder(unit).values().forEach(v -> rows.add(List.of(v.code(), v.name())));
        }
        return csv("scores-" + year + "-template.csv", header, rows);
    }

    @PUT
    @RequiresPermission("rural.classification.propose")
    @Path("scores/{year}.csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> importScores(@PathParam("year") int year, @QueryParam("unit") Long unit, byte[] body) {
        Classifications.requireYear(year);
        Map<String, Organization> byCode = new LinkedHashMap<>();
        scope.villagesUnder(unit).values().forEach(v -> byCode.put(v.code(), v));
        List<FieldError> errors = new ArrayList<>();
        Map<Long, Map<String, Double>> scores = new LinkedHashMap<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(decode(body)))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty() || !CODE.equalsIgnoreCase(records.get(0).get(0))) {
                throw new ValidationException(FieldError.of("row 1", "the first row is the header: code, then criterion codes"));
            }
            CSVRecord header = records.get(0);
            List<String> criteria = classifications.model(year).criteria().stream().map(Criterion::code).toList();
            for (int i = 1; i < records.size(); i++) {
                CSVRecord row = records.get(i);
                String where = "row " + (i + 1);
                Organization village = byCode.get(row.get(0));
                if (village == null) {
                    errors.add(FieldError.of(where + ", code", "no village " + row.get(0) + " under unit " + unit));
                    continue;
                }
                Map<String, Double> values = new LinkedHashMap<>();
                for (int c = 1; c < Math.min(header.size(), row.size()); c++) {
                    String column = header.get(c).trim();
                    if (!criteria.contains(column) || row.get(c).isBlank()) {
                        continue; // name and other descriptive columns are ignored
                    }
                    try {
                        values.put(column, Double.parseDouble(row.get(c)));
                    } catch (NumberFormatException e) {
                        errors.add(FieldError.of(where + ", " + column, "not a number: " + row.get(c)));
                    }
                }
                errors.addAll(classifications.problems(year, where + ", ", values));
                if (scores.put(village.id(), values) != null) {
                    errors.add(FieldError.of(where + ", code", "village " + row.get(0) + " appears twice"));
                }
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new ValidationException(FieldError.of("body", "not a readable CSV file: " + e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (scores.isEmpty()) {
            throw new ValidationException(FieldError.of("body", "no village rows"));
        }
        classifications.saveAllScores(year, scores, scope.actor());
        return Map.of("year", year, "villages", scores.size());
    }

    @GET
    @Path("classifications/{year}.csv")
    @Produces(CSV)
    public Response export(@PathParam("year") int year, @QueryParam("unit") Long unit) {
        Map<Long, Organization> villages = scope.villagesUnder(unit);
        List<List<Object>> rows = new ArrayList<>();
        classifications.list(year, villages.keySet()).stream().sorted(Comparator.comparing(Classification::villageId))
                .forEach(c -> rows.add(List.of(villages.get(c.villageId()).code(), c.villageName(), c.year(), c.score(),
                        c.computedCategory().zhCN(), c.category().zhCN(), c.status().name())));
        return csv("classification-" + year + ".csv",
                List.of("村编码 code", "村名称 name", "年度 year", "得分 score", "测算类别 computed", "类别 category", "状态 status"), rows);
    }

    private static Response csv(String filename, List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString()).type(CSV).header("Content-Disposition", "attachment; filename=" + filename).build();
    }

    /** UTF-8 (with or without BOM) strictly, else GBK: what Excel on Chinese Windows saves as "CSV". */
    private static String decode(byte[] body) {
        if (body == null || body.length == 0) {
            throw new ValidationException(FieldError.of("body", "required: a CSV file"));
        }
        int start = body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, start, body.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(body, Charset.forName("GBK"));
        }
    }
}
