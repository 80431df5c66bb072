package io.hichat.friendship.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** Where a friend request stands: pending until the recipient accepts or refuses it, or its applicant cancels it. */
@ValueObject
public enum HandleResult {

    PENDING, ACCEPTED, REFUSED, CANCELLED;
}
