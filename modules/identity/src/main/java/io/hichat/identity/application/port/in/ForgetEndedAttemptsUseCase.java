package io.hichat.identity.application.port.in;

public interface ForgetEndedAttemptsUseCase {

    /** Deletes the attempt counts of windows that have ended; they would only restart at one anyway. */
    void forgetEnded();
}
