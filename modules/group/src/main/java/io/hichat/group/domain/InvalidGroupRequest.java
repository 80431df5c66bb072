package io.hichat.group.domain;

/** Something asked of a group that breaks a rule of its own; the message names the field and the rule. */
public class InvalidGroupRequest extends RuntimeException {

    public InvalidGroupRequest(String message) {
        super(message);
    }
}
