package org.grassroots.core.internal.persistence;

import java.util.HashMap;
import java.util.Map;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

/** An explicit enablement setting of one module on one unit; it applies to the unit's subtree. */
@Entity
@Table(name = "CORE_MODULE_ENABLEMENT")
public class ModuleEnablementEntity {
    @Id
    @TableGenerator(name = "enablement_ids", table = "CORE_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "MODULE_ENABLEMENT", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "enablement_ids")
    @Column(name = "ID")
    private Long id;
    @Column(name = "MODULE_ID", nullable = false, length = 64)
    private String moduleId;
    @Column(name = "ORGANIZATION_ID", nullable = false)
    private long organizationId;
    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CORE_MODULE_SETTING", joinColumns = @JoinColumn(name = "ENABLEMENT_ID"))
    @MapKeyColumn(name = "SETTING_KEY", length = 100)
    @Column(name = "SETTING_VALUE", length = 2000)
    private Map<String, String> settings = new HashMap<>();
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected ModuleEnablementEntity() {
    }

    public ModuleEnablementEntity(String moduleId, long organizationId) {
        this.moduleId = moduleId;
        this.organizationId = organizationId;
    }

    public Long getId() {
        return id;
    }

    public String getModuleId() {
        return moduleId;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Map<String, String> getSettings() {
        return settings;
    }

    public void apply(boolean enabled, Map<String, String> settings) {
        this.enabled = enabled;
        this.settings.clear();
        this.settings.putAll(settings);
    }
}
