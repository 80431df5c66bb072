package io.hichat.identity.application;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.application.port.out.HashPasswordPort;
import io.hichat.identity.domain.PlainPassword;
import io.hichat.identity.domain.User;
import io.hichat.identity.domain.WrongPassword;

/**
 * A signed-in user confirming a change with their password: a wrong one is as good a guess as a wrong login, so it
 * counts toward the phone's failed logins (contract §8.4), and a right one forgets them.
 */
@RequiredArgsConstructor
public final class PasswordCheck {

    private final HashPasswordPort passwords;
    private final AttemptLimits limits;

    /**
     * @throws WrongPassword if the typed password is not the account's
     */
    public void require(User user, String typed) {
        String phone = user.getPhone().value();
        limits.takeLogin(phone);
        PlainPassword password = PlainPassword.parse(typed).orElse(null);
        if (password == null) {
            passwords.matchNothing();
            throw new WrongPassword();
        }
        if (!passwords.matches(password, user.getPasswordHash())) {
            throw new WrongPassword();
        }
        limits.loggedIn(phone);
    }
}
