package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** Where an invitation stands: pending until its invitee answers, its inviter cancels it, or it expires. */
@ValueObject
public enum InvitationState {

    PENDING, ACCEPTED, DECLINED, CANCELLED,
    /** Unanswered for the configured time, or its group was dismissed. */
    EXPIRED;
}
