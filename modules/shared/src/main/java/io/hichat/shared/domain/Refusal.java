package io.hichat.shared.domain;

/**
 * A domain rule refused what was asked. The message says which rule, in the domain's words; the kind of refusal
 * (one of the subclasses) decides how the API answers it.
 */
public abstract class Refusal extends RuntimeException {

    protected Refusal(String message) {
        super(message);
    }
}
