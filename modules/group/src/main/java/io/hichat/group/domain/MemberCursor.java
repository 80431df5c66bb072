package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** Where a member list continues: after this member, in the list's order (role first, then joining order). */
@ValueObject
public record MemberCursor(RoleLevel role, long id) {
}
