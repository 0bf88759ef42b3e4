package org.grassroots.community.internal;

import java.time.LocalDate;

/** 书记调整: the new secretary of a community from {@code changedOn}, and why the change was made. */
public record SecretaryChange(Long memberId, LocalDate changedOn, String reason) {
}
