package io.hichat.identity.application;

import io.hichat.identity.AccessTokenAuthenticator;
import io.hichat.identity.InvalidAccessToken;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.application.port.out.VerifyAccessTokenPort;
import io.hichat.identity.domain.UserId;

public record AuthenticateAccessTokenService(VerifyAccessTokenPort tokens,
        LoadUserPort loadUser) implements AccessTokenAuthenticator {

    @Override
    public long authenticate(String token) {
        UserId user = tokens.verify(token);
        if (!loadUser.existsById(user)) {
            throw new InvalidAccessToken("the token's user does not exist");
        }
        return user.value();
    }
}
