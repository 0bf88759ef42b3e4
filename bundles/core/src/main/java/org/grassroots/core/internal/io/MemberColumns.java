package org.grassroots.core.internal.io;

import org.grassroots.core.api.io.SheetRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.RowError;
import org.grassroots.core.api.Sex;

/**
 * The member spreadsheet: one layout shared by import, export and the downloadable template, so a file
 * exported from one unit can be imported by another. Organizations appear by code, never by id.
 */
public final class MemberColumns {

    private static final Column NAME = Column.required("姓名", "name");
    private static final Column SEX = Column.optional("性别", "sex", "gender");
    private static final Column ETHNICITY = Column.optional("民族", "ethnicity", "nation");
    private static final Column BIRTH_DATE = Column.optional("出生日期", "birthDate", "birthday");
    private static final Column ID_NUMBER = Column.required("公民身份号码", "idNumber",
            "身份证号", "身份证号码", "身份证", "idCard");
    private static final Column EDUCATION = Column.optional("学历", "education");
    private static final Column PHONE = Column.optional("联系电话", "phone", "手机号", "手机号码", "电话", "mobile");
    private static final Column CATEGORY = Column.optional("党员类别", "category");
    private static final Column JOINED_ON = Column.optional("入党日期", "joinedOn", "入党时间");
    private static final Column FULL_MEMBER_ON = Column.optional("转正日期", "fullMemberOn", "转正时间");
    private static final Column ORGANIZATION = Column.required("所在党组织编码", "organizationId",
            "organizationCode", "organization", "党组织编码");
    private static final Column POST = Column.optional("职务岗位", "post", "职务", "岗位");
    private static final Column STATUS = Column.optional("党员状态", "status");
    private static final Column FLOATING_DESTINATION = Column.optional("流动去向", "floatingDestination");
    private static final Column RESIDENCE_COMMUNITY = Column.optional("居住社区编码", "residenceCommunityId",
            "residenceCommunityCode", "residenceCommunity", "社区编码");
    private static final Column TAGS = Column.optional("标签", "tags");

    /** Written between tags on export; import also accepts ; and ；. */
    private static final String TAG_SEPARATOR = "、";

    private final ColumnLayout layout = new ColumnLayout(List.of(NAME, SEX, ETHNICITY, BIRTH_DATE, ID_NUMBER,
            EDUCATION, PHONE, CATEGORY, JOINED_ON, FULL_MEMBER_ON, ORGANIZATION, POST, STATUS,
            FLOATING_DESTINATION, RESIDENCE_COMMUNITY, TAGS));

    /** The unit the template's example member belongs to and lives in: a community of the demo district. */
    public static final String EXAMPLE_ORGANIZATION = "JNGX-S01-C01";

    /** The Chinese headers in file order. */
    public List<String> headers() {
        return layout.headers();
    }

    /**
     * A filled-in row for the template: a valid ID number that agrees with the sex and birth date shown, and unit
     * codes of the demo district (a community of 舜华路街道), so that the example imports there as it stands.
     */
    public List<String> exampleRow() {
        return List.of("张伟", Sex.MALE.label(), "汉族", "1980-01-01", "34052419800101001X", "本科", "13800000000",
                MemberCategory.FULL.label(), "2005-07-01", "2006-07-01", EXAMPLE_ORGANIZATION, "工程师",
                MemberStatus.NORMAL.label(), "", EXAMPLE_ORGANIZATION, "骑手" + TAG_SEPARATOR + "困难党员");
    }

    /**
     * The member as an export row in {@link #headers()} order.
     *
     * @param organizationCode the code of the unit with the given id (used for the organization and the
     *                         residence community)
     */
    public List<String> toRow(Member member, LongFunction<String> organizationCode) {
        return List.of(
                text(member.name()),
                member.sex() == null ? "" : member.sex().label(),
                text(member.ethnicity()),
                date(member.birthDate()),
                text(member.idNumber()),
                text(member.education()),
                text(member.phone()),
                member.category() == null ? "" : member.category().label(),
                date(member.joinedOn()),
                date(member.fullMemberOn()),
                text(organizationCode.apply(member.organizationId())),
                text(member.post()),
                member.status() == null ? "" : member.status().label(),
                text(member.floatingDestination()),
                member.residenceCommunityId() == null ? "" : text(organizationCode.apply(member.residenceCommunityId())),
                tags(member.tags()));
    }

    /** Errors of the header row: required columns missing or given twice. Empty when the file can be read. */
    public List<RowError> checkHeaders(List<String> headers) {
        return layout.checkHeaders(headers);
    }

    /** {@link #checkHeaders(List)} in both languages. */
    public List<RowProblem> headerProblems(List<String> headers) {
        return layout.headerProblems(headers);
    }

    /**
     * Reads one row into a draft. Cells that cannot be read are left null in the draft and reported; checks
     * that need more than one cell or the database (ID number check digit, codes that exist) are not made here.
     */
    public ParsedRow<ParsedMember> parse(SheetRow row) {
        // Read in column order so that the errors of a row come out in the order the user sees the cells.
        CellParser cells = layout.parser(row);
        String name = cells.text(NAME);
        Sex sex = cells.choice(SEX, Sex.class, Sex::parse, Sex::label);
        String ethnicity = cells.text(ETHNICITY);
        LocalDate birthDate = cells.date(BIRTH_DATE);
        String idNumber = upperCase(cells.text(ID_NUMBER));
        String education = cells.text(EDUCATION);
        String phone = cells.text(PHONE);
        MemberCategory category = cells.choice(CATEGORY, MemberCategory.class, MemberCategory::parse, MemberCategory::label);
        LocalDate joinedOn = cells.date(JOINED_ON);
        LocalDate fullMemberOn = cells.date(FULL_MEMBER_ON);
        String organizationCode = cells.text(ORGANIZATION);
        String post = cells.text(POST);
        MemberStatus status = cells.choice(STATUS, MemberStatus.class, MemberStatus::parse, MemberStatus::label);
        String floatingDestination = cells.text(FLOATING_DESTINATION);
        String residenceCommunityCode = cells.text(RESIDENCE_COMMUNITY);
        Set<String> tags = cells.tags(TAGS);

        MemberDraft draft = new MemberDraft(name, sex, ethnicity, birthDate, idNumber, education, phone, category,
                joinedOn, fullMemberOn, null, post, status, floatingDestination, null, tags);
        ParsedMember member = new ParsedMember(row.rowNumber(), draft, organizationCode, residenceCommunityCode);
        return new ParsedRow<>(row.rowNumber(), member, cells.problems());
    }

    /**
     * The header of the column a {@link MemberDraft} field comes from, e.g. {@code idNumber} → 公民身份号码, so
     * validation errors can be reported as (row, column, reason). Unknown fields are returned unchanged.
     */
    public String headerFor(String field) {
        return layout.headerFor(field);
    }

    /** The check character X of an ID number is often typed in lower case. */
    private static String upperCase(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    /** Sorted, so that exporting the same data twice gives the same file. */
    private static String tags(Set<String> tags) {
        return tags == null ? "" : tags.stream().sorted().collect(Collectors.joining(TAG_SEPARATOR));
    }
}
