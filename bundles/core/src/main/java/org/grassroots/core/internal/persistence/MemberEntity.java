package org.grassroots.core.internal.persistence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

import org.grassroots.core.api.IdNumbers;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.Sex;
import org.grassroots.core.internal.security.PersonalData;

@Entity
@Table(name = "CORE_MEMBER")
public class MemberEntity {
    /** Tags are stored as {@code ;a;b;} so "has tag x" is one LIKE '%;x;%' without a join. */
    private static final String TAG_SEPARATOR = ";";

    @Id
    @TableGenerator(name = "member_ids", table = "CORE_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "MEMBER", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "member_ids")
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 50)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "SEX", nullable = false)
    private Sex sex;
    @Column(name = "ETHNICITY", length = 20)
    private String ethnicity;
    @Column(name = "BIRTH_DATE", nullable = false)
    private LocalDate birthDate;
    /** AES-GCM ciphertext (see PersonalData); plaintext only in rows from before schema v3, until re-encrypted. */
    @Column(name = "ID_NUMBER", nullable = false, length = 200)
    private String idNumber;
    /** Blind index of the ID number: equality search and uniqueness without decrypting. */
    @Column(name = "ID_NUMBER_INDEX", length = 64)
    private String idNumberIndex;
    @Column(name = "ID_SUFFIX_INDEX", length = 64)
    private String idSuffixIndex;
    @Column(name = "PHONE_INDEX", length = 64)
    private String phoneIndex;
    @Column(name = "EDUCATION", length = 20)
    private String education;
    @Column(name = "PHONE", length = 200)
    private String phone;
    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", nullable = false)
    private MemberCategory category;
    @Column(name = "JOINED_ON", nullable = false)
    private LocalDate joinedOn;
    @Column(name = "FULL_MEMBER_ON")
    private LocalDate fullMemberOn;
    @Column(name = "ORGANIZATION_ID", nullable = false)
    private long organizationId;
    /** The organization's materialized path, copied so a subtree search is one index range without a join. */
    @Column(name = "ORG_PATH", nullable = false, length = 1000)
    private String orgPath;
    @Column(name = "POST", length = 100)
    private String post;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private MemberStatus status;
    @Column(name = "FLOATING_DESTINATION", length = 200)
    private String floatingDestination;
    @Column(name = "RESIDENCE_COMMUNITY_ID")
    private Long residenceCommunityId;
    @Column(name = "TAGS", nullable = false, length = 500)
    private String tags = TAG_SEPARATOR;
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    /** The record with ID and phone numbers decrypted: callers mask them for whoever may not see them. */
    public Member toRecord(PersonalData personalData) {
        Set<String> tagSet = Arrays.stream(tags.split(TAG_SEPARATOR)).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        return new Member(id, name, sex, ethnicity, birthDate, personalData.decrypt(idNumber), education,
                personalData.decrypt(phone), category, joinedOn,
                fullMemberOn, organizationId, post, status, floatingDestination, residenceCommunityId, tagSet, version);
    }

    /** Copies every field a caller may change; the organization changes only by transfer. */
    public void apply(MemberDraft d, PersonalData personalData) {
        name = d.name().trim();
        sex = d.sex();
        ethnicity = blankToNull(d.ethnicity());
        birthDate = d.birthDate();
        idNumber = personalData.encrypt(IdNumbers.normalize(d.idNumber()));
        idNumberIndex = personalData.index(d.idNumber());
        idSuffixIndex = personalData.suffixIndex(d.idNumber());
        education = blankToNull(d.education());
        phone = personalData.encrypt(blankToNull(d.phone()));
        phoneIndex = personalData.phoneIndex(d.phone());
        category = d.category();
        joinedOn = d.joinedOn();
        fullMemberOn = d.fullMemberOn();
        post = blankToNull(d.post());
        status = d.status();
        floatingDestination = blankToNull(d.floatingDestination());
        residenceCommunityId = d.residenceCommunityId();
        tags = tagColumn(d.tags());
    }

    public static String tagColumn(Set<String> tags) {
        return TAG_SEPARATOR + new TreeSet<>(tags).stream().map(String::trim).collect(Collectors.joining(TAG_SEPARATOR))
                + (tags.isEmpty() ? "" : TAG_SEPARATOR);
    }

    public static String tagPattern(String tag) {
        // escaped: the tag "%" finds members tagged "%", not every member (use with ESCAPE '!')
        return "%" + TAG_SEPARATOR + org.grassroots.core.api.Like.escape(tag.trim()) + TAG_SEPARATOR + "%";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public long getOrganizationId() { return organizationId; }
    public String getOrgPath() { return orgPath; }

    /** Puts the member into {@code organization}; its path goes along (moves rewrite both in bulk). */
    public void placeIn(OrganizationEntity organization) {
        placeIn(organization.getId(), organization.getPath());
    }

    /** For bulk writers that read the units' paths once instead of loading each member's unit. */
    public void placeIn(long organizationId, String organizationPath) {
        this.organizationId = organizationId;
        this.orgPath = organizationPath;
    }
    public long getVersion() { return version; }
    public MemberStatus getStatus() { return status; }
    public LocalDate getJoinedOn() { return joinedOn; }

    /** Off the roll (LEFT) or back on it: only through leaving and restoring, which keep the history. */
    public void changeStatus(MemberStatus newStatus) {
        this.status = newStatus;
    }
    public String getIdNumberIndex() { return idNumberIndex; }
}
