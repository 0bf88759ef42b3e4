package org.grassroots.core.api.module;

/**
 * Where one platform node stands with a module the cluster's module set names (issue 26 point 3): several nodes on
 * one database converge to the module set stored there, and each reports what it reached.
 */
public enum NodeModuleState implements Labelled {
    /** The module set wants the module and it runs on this node. */
    INSTALLED("已安装", "Installed"),
    /**
     * The node cannot do what the module set wants: its distribution has no feature for the module, the installation
     * was refused or the module failed to start, or it could not be uninstalled. The reason says which.
     */
    FAILED("未能同步", "Not in sync"),
    /** The module set wants the module uninstalled and it is not installed on this node. */
    ABSENT("未安装", "Not installed");

    private final LocalizedText labels;

    NodeModuleState(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
