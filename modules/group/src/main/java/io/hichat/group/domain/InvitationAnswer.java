package io.hichat.group.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** What may be done with a pending invitation: its invitee accepts or declines it, its inviter cancels it. */
@ValueObject
public enum InvitationAnswer {

    ACCEPT, DECLINE, CANCEL;
}
