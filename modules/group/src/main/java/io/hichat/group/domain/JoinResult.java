package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** Where a join request stands: pending until an admin, or a group that needs no verification, decides. */
@ValueObject
public enum JoinResult {

    PENDING, APPROVED, REFUSED;
}
