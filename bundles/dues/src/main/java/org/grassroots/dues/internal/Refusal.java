package org.grassroots.dues.internal;

import org.grassroots.core.api.text.Message;

/** One refused field of an input and why, collected so that every refused field is answered at once. */
public record Refusal(String field, Message reason) {
}
