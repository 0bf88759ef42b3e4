package org.grassroots.core.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.grassroots.core.api.Domain;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.ImportKind;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.Sex;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.attachment.FileType;
import org.grassroots.core.api.module.EnumLabels;
import org.grassroots.core.api.notice.CollectionKind;
import org.grassroots.core.api.notice.SubmissionStatus;
import org.grassroots.core.api.module.LabelSet;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleCategory;
import org.grassroots.core.api.module.ModuleInfo;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleState;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.api.security.Role;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/core/labels}: the zh-CN and English label of every code a user can see, core's sets
 * ({@code core.UnitType}, …) and those of every active module ({@code industrial.RequestStatus}, …), as
 * {@code {setId: {code: {zhCN, en}}}}. The console kit's {@code labels} helper reads it once per page load.
 */
@Component(service = LabelsResource.class)
@ModuleResource("core")
@Path("labels")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(CorePermissions.ORGANIZATION_READ)
public class LabelsResource {
    /** Core's own sets: every enum of core-api a user can see. */
    static final List<LabelSet> CORE = List.of(
            EnumLabels.set("core", UnitType.class), EnumLabels.set("core", PartyOrgType.class),
            EnumLabels.set("core", MemberCategory.class), EnumLabels.set("core", MemberStatus.class),
            EnumLabels.set("core", Sex.class), EnumLabels.set("core", OrgStatus.class),
            EnumLabels.set("core", Domain.class), EnumLabels.set("core", ImportKind.class),
            EnumLabels.set("core", FileFormat.class), EnumLabels.set("core", Role.class),
            EnumLabels.set("core", ModuleCategory.class), EnumLabels.set("core", ModuleState.class),
            EnumLabels.set("core", FileType.class), EnumLabels.set("core", SubmissionStatus.class),
            EnumLabels.set("core", CollectionKind.class));

    private final ModuleRegistry registry;

    @Activate
    public LabelsResource(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    @GET
    public Map<String, Map<String, LocalizedText>> labels() {
        Map<String, Map<String, LocalizedText>> all = new LinkedHashMap<>();
        CORE.forEach(set -> all.put(set.id(), set.labels()));
        for (ModuleInfo module : registry.modules()) {
            if (module.state() == ModuleState.ACTIVE) {
                module.labels().forEach(set -> all.put(set.id(), set.labels()));
            }
        }
        return all;
    }
}
