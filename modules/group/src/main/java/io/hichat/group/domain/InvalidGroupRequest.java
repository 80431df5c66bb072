package io.hichat.group.domain;

import io.hichat.shared.domain.Invalid;

/** Something asked of a group that breaks a rule of its own; the message names the field and the rule. */
public class InvalidGroupRequest extends Invalid {

    public InvalidGroupRequest(String message) {
        super(message);
    }
}
