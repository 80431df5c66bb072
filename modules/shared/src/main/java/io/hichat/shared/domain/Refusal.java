package io.hichat.shared.domain;

/**
 * A domain rule refused what was asked. The message says which rule, in the domain's words; the kind of refusal
 * decides how the API answers it. The kinds are closed; a context names its own refusals as subclasses of them.
 */
public abstract sealed class Refusal extends RuntimeException permits NotFound, NotAllowed, Conflict, Invalid,
        TryLater {

    protected Refusal(String message) {
        super(message);
    }
}
