package io.hichat.group.application.port.in;

import io.hichat.group.domain.Member;
import io.hichat.shared.domain.UserCard;

/**
 * A member with what the list shows of the user.
 *
 * @param caller whether the member is the user asking for the list
 */
public record ListedMember(Member member, UserCard user, boolean caller) {
}
