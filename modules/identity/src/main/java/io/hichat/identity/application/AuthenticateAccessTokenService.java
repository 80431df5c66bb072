package io.hichat.identity.application;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.AccessTokenAuthenticator;
import io.hichat.identity.InvalidAccessToken;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.application.port.out.VerifyAccessTokenPort;
import io.hichat.identity.domain.IssuedToken;
import io.hichat.identity.domain.TokenRevocation;

/** Runs before every authenticated request: each step answers from memory once it has seen the token or user.
 */
@RequiredArgsConstructor
public final class AuthenticateAccessTokenService implements AccessTokenAuthenticator {

    private final VerifyAccessTokenPort tokens;
    private final TokenRevocations revocations;
    private final LoadUserPort loadUser;

    @Override
    public long authenticate(String token) {
        IssuedToken issued = tokens.verify(token);
        TokenRevocation revocation = revocations.refusing(issued).orElse(null);
        if (revocation != null) {
            throw new InvalidAccessToken(revocation.reason());
        }
        if (!loadUser.existsById(issued.user())) {
            throw new InvalidAccessToken("the token's user does not exist");
        }
        return issued.user().value();
    }
}
