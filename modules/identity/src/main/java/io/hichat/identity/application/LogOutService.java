package io.hichat.identity.application;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.InvalidAccessToken;
import io.hichat.identity.application.port.in.LogOutUseCase;
import io.hichat.identity.application.port.out.VerifyAccessTokenPort;
import io.hichat.identity.domain.TokenRevocation;

@RequiredArgsConstructor
public final class LogOutService implements LogOutUseCase {

    private final VerifyAccessTokenPort tokens;
    private final TokenRevocations revocations;

    /**
     * One insert, committed on its own before this instance refuses the token. Of logouts with one token at once,
     * the first to store it succeeds; the others find the token logged out, as they would have coming after it.
     */
    @Override
    public void logOut(String token) {
        TokenRevocation revocation = TokenRevocation.LoggedOut.of(tokens.verify(token));
        boolean first = revocations.add(revocation);
        revocations.committed(revocation);
        if (!first) {
            throw new InvalidAccessToken(revocation.reason());
        }
    }
}
