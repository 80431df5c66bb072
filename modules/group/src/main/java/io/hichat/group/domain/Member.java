package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** A stored membership and its number in the member list. */
@ValueObject
public record Member(long id, Membership membership) {
}
