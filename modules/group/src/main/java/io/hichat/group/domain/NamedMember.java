package io.hichat.group.domain;

import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

import io.hichat.shared.domain.UserId;

/**
 * The user a change names as its target, and their membership of the group if they have one. The group checks the
 * actor's right first and only then whether the target is a member, so a stranger learns nothing of who is one.
 */
@ValueObject
public record NamedMember(UserId user, @Nullable Membership membership) {

    public static NamedMember of(UserId user, Optional<Membership> membership) {
        return new NamedMember(user, membership.orElse(null));
    }

    /** @throws NotAMember if the user named is not a member */
    Membership require() {
        if (membership == null) {
            throw new NotAMember(user);
        }
        return membership;
    }
}
