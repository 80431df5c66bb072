package io.hichat.identity.application;

import java.time.Clock;
import java.time.Instant;

import org.springframework.transaction.support.TransactionOperations;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.application.port.in.ChangePasswordCommand;
import io.hichat.identity.application.port.in.ChangePasswordUseCase;
import io.hichat.identity.application.port.out.HashPasswordPort;
import io.hichat.identity.application.port.out.IssueAccessTokenPort;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.application.port.out.SaveUserPort;
import io.hichat.identity.domain.AccessToken;
import io.hichat.identity.domain.PasswordChangesCrossing;
import io.hichat.identity.domain.TokenRevocation;
import io.hichat.identity.domain.UnknownUser;
import io.hichat.identity.domain.User;

/**
 * Both passwords are hashed outside the transaction, which then stores the change only if no other change came
 * first (the token generation works as the row's version). A change that lost that race starts again from the
 * stored password, as it would have if it had come second: with the old password no longer the account's, that is
 * a 401. A wrong old password counts as a failed login for the account's phone (contract §8.4), since it is as
 * good a guess.
 */
@RequiredArgsConstructor
public final class ChangePasswordService implements ChangePasswordUseCase {

    private final LoadUserPort loadUser;
    private final SaveUserPort saveUser;
    private final PasswordCheck passwordCheck;
    private final HashPasswordPort passwords;
    private final IssueAccessTokenPort tokens;
    private final TokenRevocations revocations;
    private final TransactionOperations transactions;
    private final Clock clock;

    static final int TRIES = 3;

    @Override
    public AccessToken changePassword(ChangePasswordCommand command) {
        for (int tries = 0; tries < TRIES; tries++) {
            User user = loadUser.findById(command.user()).orElseThrow(() -> new UnknownUser(command.user()));
            passwordCheck.require(user, command.oldPassword());
            Instant now = clock.instant();
            TokenRevocation revocation = user.changePassword(passwords.hash(command.newPassword()),
                    tokens.expiryOfTokenIssuedAt(now));
            if (Boolean.TRUE.equals(transactions.execute(status -> store(user, revocation)))) {
                revocations.committed(revocation);
                return tokens.issue(user.getId(), user.getTokenGeneration(), now);
            }
        }
        throw new PasswordChangesCrossing();
    }

    private boolean store(User user, TokenRevocation revocation) {
        if (!saveUser.savePassword(user)) {
            return false;
        }
        revocations.add(revocation);
        return true;
    }
}
