package io.hichat.identity.application;

import java.time.Clock;
import java.time.Instant;

import org.springframework.transaction.support.TransactionOperations;

import io.hichat.identity.application.port.in.DeleteAccountUseCase;
import io.hichat.identity.application.port.out.HashPasswordPort;
import io.hichat.identity.application.port.out.IssueAccessTokenPort;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.application.port.out.SaveUserPort;
import io.hichat.identity.application.port.out.TokenRevocationsPort;
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
public final class DeleteAccountService implements DeleteAccountUseCase {

    private final LoadUserPort loadUser;
    private final SaveUserPort saveUser;
    private final HashPasswordPort passwords;
    private final IssueAccessTokenPort tokens;
    private final TokenRevocationsPort stored;
    private final TokenRevocations revocations;
    private final DomainEventPublisher events;
    private final TransactionOperations transactions;
    private final AttemptLimits limits;
    private final Clock clock;

    public DeleteAccountService(LoadUserPort loadUser, SaveUserPort saveUser, HashPasswordPort passwords,
            IssueAccessTokenPort tokens, TokenRevocationsPort stored, TokenRevocations revocations,
            DomainEventPublisher events, TransactionOperations transactions, AttemptLimits limits, Clock clock) {
        this.loadUser = loadUser;
        this.saveUser = saveUser;
        this.passwords = passwords;
        this.tokens = tokens;
        this.stored = stored;
        this.revocations = revocations;
        this.events = events;
        this.transactions = transactions;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public void deleteAccount(UserId id, String password) {
        User checked = loadUser.findById(id).orElseThrow(() -> new UnknownUser(id));
        new PasswordCheck(passwords, limits).require(checked, password);
        TokenRevocation revocation = transactions.execute(status -> {
            User user = loadUser.findByIdForUpdate(id).orElseThrow(() -> new UnknownUser(id));
            Instant now = clock.instant();
            TokenRevocation refusal = user.delete(now, tokens.expiryOfTokenIssuedAt(now));
            saveUser.delete(id);
            stored.add(refusal);
            events.publishEventsOf(user);
            return refusal;
        });
        revocations.committed(revocation);
    }
}
