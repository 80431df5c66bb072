package io.hichat.group.domain;

import io.hichat.shared.domain.Conflict;

/** The creator cannot leave a group, nor stop being its creator, except by handing it over. */
public class CreatorStays extends Conflict {

    public CreatorStays(String message) {
        super(message);
    }
}
