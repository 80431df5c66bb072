package io.hichat.friendship.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** Which of a user's friend requests: those they sent, or those sent to them. */
@ValueObject
public enum RequestBox {

    SENT, RECEIVED;
}
