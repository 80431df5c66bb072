package io.hichat.group.adapter.in.web;

/** The document answers {@code {}}; the new group's id is added, as a string like every group id. */
record CreatedGroupResponse(String id) {
}
