package io.hichat.shared.domain;

/** What is asked contradicts what is already so: a taken phone, a request decided already. */
public non-sealed class Conflict extends Refusal {

    public Conflict(String message) {
        super(message);
    }
}
