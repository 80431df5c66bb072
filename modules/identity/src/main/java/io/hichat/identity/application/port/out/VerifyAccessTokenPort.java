package io.hichat.identity.application.port.out;

import io.hichat.identity.domain.UserId;

public interface VerifyAccessTokenPort {

    /**
     * @return the user the token was issued to, who may no longer exist
     * @throws io.hichat.identity.InvalidAccessToken if the token is not one this server issued and still accepts
     */
    UserId verify(String token);
}
