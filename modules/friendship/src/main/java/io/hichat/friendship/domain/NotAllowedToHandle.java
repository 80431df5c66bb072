package io.hichat.friendship.domain;

/** Only the recipient accepts or refuses a request, and only its applicant cancels it. */
public class NotAllowedToHandle extends RuntimeException {

    public NotAllowedToHandle(String message) {
        super(message);
    }
}
