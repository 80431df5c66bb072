package io.hichat.group.domain;

import io.hichat.shared.domain.Conflict;

/** The group holds as many members as it may. */
public class GroupFull extends Conflict {

    public GroupFull(GroupId group, int maxMembers) {
        super("group " + group.value() + " is full: it holds at most " + maxMembers + " members");
    }
}
