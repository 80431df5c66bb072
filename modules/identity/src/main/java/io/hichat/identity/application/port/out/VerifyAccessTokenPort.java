package io.hichat.identity.application.port.out;

import io.hichat.identity.domain.IssuedToken;

public interface VerifyAccessTokenPort {

    /**
     * Checks what the token alone can prove: that this server signed it and it has not expired. Whether it was
     * revoked, or its user still exists, is for the caller to ask.
     *
     * @return what the token says
     * @throws io.hichat.identity.InvalidAccessToken if the token is not one this server issued or has expired
     */
    IssuedToken verify(String token);
}
