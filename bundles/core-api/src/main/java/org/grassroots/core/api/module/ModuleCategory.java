package org.grassroots.core.api.module;

/** Where a module sits in the structure of the seven special actions (一条主线、两项保障、三个堡垒). */
public enum ModuleCategory implements Labelled {
    /** 一条主线: member education, role models (actions 1–2). */
    MAIN_LINE("一条主线", "Main line"),
    /** 两项保障: service positions, basic party affairs (actions 3–4). */
    SAFEGUARD("两项保障", "Safeguards"),
    /** 三个堡垒: rural villages, urban communities, emerging sectors (actions 5–7). */
    FORTRESS("三个堡垒", "Fortresses"),
    /** Anything a plugin developer adds outside the seven actions. */
    OTHER("其他", "Other");

    private final LocalizedText labels;

    ModuleCategory(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
