package io.hichat.shared.domain;

/** What was referred to does not exist. */
public non-sealed class NotFound extends Refusal {

    /**
     * @param what the kind of thing, as the domain calls it ("user", "group")
     */
    public NotFound(String what, long id) {
        super(what + " " + id + " does not exist");
    }
}
