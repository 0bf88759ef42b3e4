package org.grassroots.core.api.module;

/** Where a module sits in the structure of the seven special actions (一条主线、两项保障、三个堡垒). */
public enum ModuleCategory {
    /** 一条主线: member education, role models (actions 1–2). */
    MAIN_LINE,
    /** 两项保障: service positions, basic party affairs (actions 3–4). */
    SAFEGUARD,
    /** 三个堡垒: rural villages, urban communities, emerging sectors (actions 5–7). */
    FORTRESS,
    /** Anything a plugin developer adds outside the seven actions. */
    OTHER
}
