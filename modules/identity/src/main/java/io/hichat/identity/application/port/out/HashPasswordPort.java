package io.hichat.identity.application.port.out;

import io.hichat.identity.domain.PasswordHash;
import io.hichat.identity.domain.PlainPassword;

public interface HashPasswordPort {

    PasswordHash hash(PlainPassword password);

    boolean matches(PlainPassword password, PasswordHash hash);

    /**
     * Spends as long as {@link #matches} does and matches nothing: a login for an unknown phone, or with a password
     * no account can have, must take as long as one with a wrong password, or response times would tell which
     * phones have accounts and which guesses to skip.
     */
    void matchNothing();
}
