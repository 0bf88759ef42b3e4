package org.grassroots.community.internal;

import java.util.Collection;
import java.util.stream.Collectors;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.text.Message;

/** The 409 of a workflow step that is not allowed from a record's state, naming the steps that are (zh and en). */
final class Steps {
    private Steps() {
    }

    static ConflictException refused(String recordZh, String recordEn, long id, Labelled from, Labelled to,
                                     Collection<? extends Labelled> allowed) {
        String zh = allowed.stream().map(a -> a.labels().zhCN()).collect(Collectors.joining("、"));
        String en = allowed.stream().map(a -> a.labels().en()).collect(Collectors.joining(", "));
        return new ConflictException(Message.of(
                recordZh + " " + id + " 当前为“" + from.labels().zhCN() + "”，不能变为“" + to.labels().zhCN() + "”；"
                        + (allowed.isEmpty() ? "已是最终状态" : "允许的下一步：" + zh),
                recordEn + " " + id + " is " + from.labels().en() + " and cannot become " + to.labels().en() + "; "
                        + (allowed.isEmpty() ? "it is final" : "allowed: " + en)));
    }
}
