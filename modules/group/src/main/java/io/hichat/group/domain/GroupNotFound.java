package io.hichat.group.domain;

public class GroupNotFound extends RuntimeException {

    public GroupNotFound(GroupId group) {
        super("group " + group.value() + " does not exist");
    }
}
