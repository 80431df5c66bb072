package io.hichat.group.application.port.in;

import io.hichat.group.domain.Group;
import io.hichat.group.domain.JoinRequest;
import io.hichat.shared.domain.UserCard;

/** A join request with what the list shows of its applicant and its group. */
public record ListedJoinRequest(JoinRequest request, UserCard applicant, Group group) {
}
