package io.hichat.friendship.domain;

import io.hichat.shared.domain.NotAllowed;

/** Only the recipient accepts or refuses a request, and only its applicant cancels it. */
public class NotAllowedToHandle extends NotAllowed {

    public NotAllowedToHandle(String message) {
        super(message);
    }
}
