package io.hichat.shared.domain;

/** The user may not do this: the message says who may. */
public non-sealed class NotAllowed extends Refusal {

    public NotAllowed(String message) {
        super(message);
    }
}
