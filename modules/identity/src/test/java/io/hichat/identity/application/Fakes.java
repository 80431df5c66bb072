package io.hichat.identity.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jmolecules.event.types.DomainEvent;

import io.hichat.identity.InvalidAccessToken;
import io.hichat.identity.application.port.out.CountAttemptsPort;
import io.hichat.identity.application.port.out.HashPasswordPort;
import io.hichat.identity.application.port.out.IssueAccessTokenPort;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.application.port.out.SaveUserPort;
import io.hichat.identity.application.port.out.TokenRevocationsPort;
import io.hichat.identity.application.port.out.VerifyAccessTokenPort;
import io.hichat.identity.domain.AccessToken;
import io.hichat.identity.domain.IssuedToken;
import io.hichat.identity.domain.PasswordHash;
import io.hichat.identity.domain.PhoneAlreadyRegistered;
import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.PlainPassword;
import io.hichat.identity.domain.TokenRevocation;
import io.hichat.identity.domain.User;
import io.hichat.shared.domain.DomainEventPublisher;
import io.hichat.shared.domain.EventRecordingAggregate;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;

/** In-memory stand-ins for the identity context's outgoing ports. */
final class Fakes {

    private Fakes() {
    }

    static final class Users implements LoadUserPort, SaveUserPort {

        final Map<Long, User> stored = new LinkedHashMap<>();
        private long lastId;

        @Override
        public Optional<User> findById(UserId id) {
            return Optional.ofNullable(stored.get(id.value()));
        }

        @Override
        public Optional<User> findByIdForUpdate(UserId id) {
            return findById(id);
        }

        @Override
        public Optional<User> findByPhone(PhoneNumber phone) {
            return stored.values().stream().filter(user -> user.getPhone().equals(phone)).findFirst();
        }

        @Override
        public List<UserCard> findCards(Collection<UserId> ids) {
            return ids.stream().map(this::findById).flatMap(Optional::stream).map(User::card).toList();
        }

        @Override
        public boolean existsById(UserId id) {
            return stored.containsKey(id.value());
        }

        @Override
        public Set<UserId> holdExisting(Collection<UserId> ids) {
            return ids.stream().filter(this::existsById).collect(Collectors.toSet());
        }

        @Override
        public boolean existsByPhone(PhoneNumber phone) {
            return findByPhone(phone).isPresent();
        }

        @Override
        public UserId nextId() {
            return new UserId(++lastId);
        }

        @Override
        public void add(User user) {
            if (existsByPhone(user.getPhone())) {
                throw new PhoneAlreadyRegistered(user.getPhone());
            }
            stored.put(user.getId().value(), user);
        }

        @Override
        public void saveProfile(User user) {
            stored.put(user.getId().value(), user);
        }

        /** Stores the change unless one was stored since the user was read; reads share the stored object. */
        int storedGeneration(UserId id) {
            return storedGenerations.getOrDefault(id.value(), 0);
        }

        final Map<Long, Integer> storedGenerations = new HashMap<>();

        @Override
        public boolean savePassword(User user) {
            if (storedGeneration(user.getId()) != user.getTokenGeneration() - 1) {
                return false;
            }
            storedGenerations.put(user.getId().value(), user.getTokenGeneration());
            stored.put(user.getId().value(), user);
            return true;
        }

        @Override
        public void delete(UserId id) {
            stored.remove(id.value());
        }

        @Override
        public void saveLastLogin(User user) {
            stored.put(user.getId().value(), user);
        }
    }

    /** Revocations in a list; the cursor is the number of revocations read. */
    static final class Revocations implements TokenRevocationsPort {

        final List<TokenRevocation> stored = new ArrayList<>();

        @Override
        public boolean add(TokenRevocation revocation) {
            if (stored.contains(revocation)) {
                return false;
            }
            return stored.add(revocation);
        }

        @Override
        public TokenRevocationsPort.Revocations readUnexpired(Instant now) {
            return new TokenRevocationsPort.Revocations(
                    stored.stream().filter(revocation -> revocation.expiresAt().isAfter(now)).toList(), stored.size());
        }

        @Override
        public TokenRevocationsPort.Revocations readSince(long cursor) {
            return new TokenRevocationsPort.Revocations(List.copyOf(stored.subList((int) cursor, stored.size())),
                    stored.size());
        }

        @Override
        public void deleteExpiredAt(Instant now) {
            stored.removeIf(revocation -> revocation.expiresAt().isBefore(now));
        }
    }

    /** Hashes by prefixing, and counts the decoy comparisons made for unknown phones. */
    static final class Passwords implements HashPasswordPort {

        int decoyComparisons;
        int comparisons;

        @Override
        public PasswordHash hash(PlainPassword password) {
            return new PasswordHash("hashed:" + password.reveal());
        }

        @Override
        public boolean matches(PlainPassword password, PasswordHash hash) {
            comparisons++;
            return hash.value().equals("hashed:" + password.reveal());
        }

        @Override
        public void matchNothing() {
            decoyComparisons++;
        }
    }

    /** Counts in memory, windows by the clock given; one instance's worth of {@link CountAttemptsPort}. */
    static final class Attempts implements CountAttemptsPort {

        private final Map<String, CountAttemptsPort.Attempts> counted = new HashMap<>();

        @Override
        public CountAttemptsPort.Attempts count(String subject, Duration window, Instant now) {
            return counted.merge(subject, new CountAttemptsPort.Attempts(1, now.plus(window)),
                    (old, first) -> old.windowEnd().isAfter(now)
                            ? new CountAttemptsPort.Attempts(old.count() + 1, old.windowEnd()) : first);
        }

        @Override
        public void forget(String subject) {
            counted.remove(subject);
        }

        Set<String> subjects() {
            return counted.keySet();
        }

        @Override
        public void forgetEndedBefore(Instant now) {
            counted.values().removeIf(attempts -> attempts.windowEnd().isBefore(now));
        }
    }

    /** Tokens that read as {@code token-for-<user>-gen-<generation>-<serial>}, each lasting 100 seconds. */
    static final class Tokens implements IssueAccessTokenPort, VerifyAccessTokenPort {

        private static final Pattern TOKEN = Pattern.compile("token-for-([0-9]+)-gen-([0-9]+)-([0-9]+)");
        private final Map<String, Instant> expiries = new HashMap<>();
        private int serial;

        @Override
        public AccessToken issue(UserId user, int generation, Instant now) {
            String token = "token-for-" + user.value() + "-gen-" + generation + "-" + ++serial;
            expiries.put(token, expiryOfTokenIssuedAt(now));
            return new AccessToken(token, expiryOfTokenIssuedAt(now));
        }

        @Override
        public Instant expiryOfTokenIssuedAt(Instant now) {
            return now.plusSeconds(100);
        }

        @Override
        public IssuedToken verify(String token) {
            Matcher parts = TOKEN.matcher(token);
            if (!parts.matches() || !expiries.containsKey(token)) {
                throw new InvalidAccessToken("not a token");
            }
            return new IssuedToken(new UserId(Long.parseLong(parts.group(1))), parts.group(3),
                    Integer.parseInt(parts.group(2)), expiries.get(token));
        }
    }

    static final class Events implements DomainEventPublisher {

        final List<DomainEvent> published = new ArrayList<>();

        @Override
        public void publishEventsOf(EventRecordingAggregate aggregate) {
        List<DomainEvent> events = aggregate.pullEvents();
            published.addAll(events);
        }
    }
}
