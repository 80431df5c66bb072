package io.hichat.identity.application;

import java.time.Clock;
import java.time.Instant;

import org.springframework.transaction.support.TransactionOperations;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.application.port.in.DeleteAccountUseCase;
import io.hichat.identity.application.port.out.IssueAccessTokenPort;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.application.port.out.SaveUserPort;
import io.hichat.identity.domain.TokenRevocation;
import io.hichat.identity.domain.UnknownUser;
import io.hichat.identity.domain.User;
import io.hichat.shared.domain.DomainEventPublisher;
import io.hichat.shared.domain.UserId;

/**
 * The password is checked outside the transaction, which then deletes the account with its row locked: of two
 * deletions at once, the second finds no account, as it would coming after the first. The revocation of every
 * token and {@code UserDeleted} commit with the deletion.
 */
@RequiredArgsConstructor
public final class DeleteAccountService implements DeleteAccountUseCase {

    private final LoadUserPort loadUser;
    private final SaveUserPort saveUser;
    private final PasswordCheck passwordCheck;
    private final IssueAccessTokenPort tokens;
    private final TokenRevocations revocations;
    private final DomainEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    @Override
    public void deleteAccount(UserId id, String password) {
        User checked = loadUser.findById(id).orElseThrow(() -> new UnknownUser(id));
        passwordCheck.require(checked, password);
        TokenRevocation revocation = transactions.execute(status -> {
            User user = loadUser.findByIdForUpdate(id).orElseThrow(() -> new UnknownUser(id));
            Instant now = clock.instant();
            TokenRevocation refusal = user.delete(now, tokens.expiryOfTokenIssuedAt(now));
            saveUser.delete(id);
            revocations.add(refusal);
            events.publishEventsOf(user);
            return refusal;
        });
        revocations.committed(revocation);
    }
}
