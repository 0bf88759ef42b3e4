package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The field a role model stands out in. */
public enum ModelField implements Labelled {
    TECH_INNOVATION("科技创新", "Technological innovation"),
    RURAL_REVITALIZATION("乡村振兴", "Rural revitalization"),
    COMMUNITY_SERVICE("社区服务", "Community service"),
    ENTERPRISE_DEVELOPMENT("企业发展", "Enterprise development"),
    EMERGING_SECTORS("新兴领域", "Emerging sectors"),
    PUBLIC_SERVICE("公共服务", "Public service"),
    VOLUNTEERING("志愿服务", "Volunteering");

    private final LocalizedText labels;

    ModelField(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
