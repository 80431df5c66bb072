package io.hichat.identity.application.port.in;

public interface LogOutUseCase {

    /**
     * Refuses the token from now on, on this instance at once and on every other within seconds; the user's other
     * tokens stay accepted.
     *
     * @param token the token the client called with, already accepted for this request
     * @throws io.hichat.identity.InvalidAccessToken if another request logged the token out first
     */
    void logOut(String token);
}
