package org.grassroots.dues.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** How dues were paid. */
public enum PaymentChannel implements Labelled {
    CASH("现金", "Cash"),
    BANK("银行转账", "Bank transfer"),
    WECHAT("微信支付", "WeChat Pay"),
    ALIPAY("支付宝", "Alipay"),
    PAYROLL("工资代扣", "Payroll deduction");

    private final LocalizedText labels;

    PaymentChannel(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** Accepts the name (any case) or the Chinese label; {@code null} when neither matches. */
    public static PaymentChannel parse(String text) {
        if (text == null) {
            return null;
        }
        for (PaymentChannel c : values()) {
            if (c.name().equalsIgnoreCase(text.trim()) || c.label().equals(text.trim())) {
                return c;
            }
        }
        return null;
    }
}
