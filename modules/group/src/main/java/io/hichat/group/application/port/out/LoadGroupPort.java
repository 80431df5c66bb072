package io.hichat.group.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.shared.domain.UserId;

public interface LoadGroupPort {

    Optional<Group> findById(GroupId id);

    /**
     * The group, whose row no other transaction may change or lock until this one ends: every write that changes
     * the group or its memberships takes it first, so such writes to one group take turns.
     */
    Optional<Group> findByIdForUpdate(GroupId id);

    /** Those of the groups that exist, in one query. */
    List<Group> findAllById(Collection<GroupId> ids);

    /** The groups the user is a member of, by id, after the given one. */
    List<Group> groupsOf(UserId member, int limit, @Nullable GroupId after, @Nullable Collection<Long> only);

    /**
     * The groups that name the user as a reference, not as a member or applicant: as a member's inviter, as the
     * notice's poster, as a join request's inviter or as who decided one.
     */
    List<GroupId> groupIdsReferencing(UserId user);
}
