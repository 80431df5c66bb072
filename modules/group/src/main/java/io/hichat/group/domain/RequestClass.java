package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** Which join requests: the caller's own, in every group (class 1), or those of one group, for its admins (class 2). */
@ValueObject
public enum RequestClass {

    MINE, OF_GROUP;

    public static RequestClass fromCode(int code) {
        return switch (code) {
            case 1 -> MINE;
            case 2 -> OF_GROUP;
            default -> throw new InvalidGroupRequest(
                    "class must be 1 (my requests) or 2 (requests to a group I manage), got " + code);
        };
    }
}
