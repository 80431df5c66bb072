package io.hichat.identity.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

import io.hichat.identity.events.UserRegistered;

/**
 * An account: how its owner logs in and what other users see of them.
 * <p>
 * {@link #register} creates a new account and records {@link UserRegistered}; {@link #reconstitute} rebuilds a stored
 * one and records nothing.
 */
@AggregateRoot
public final class User {

    @Identity
    private final UserId id;
    private final PhoneNumber phone;
    private final PasswordHash passwordHash;
    private final Nickname nickname;
    private final Sex sex;
    private final AvatarUrl avatar;
    private final String introduction;
    private final String email;
    private final Instant registeredAt;
    private Instant lastLoginAt;
    private final List<DomainEvent> events = new ArrayList<>();

    private User(UserId id, PhoneNumber phone, PasswordHash passwordHash, Nickname nickname, Sex sex,
            AvatarUrl avatar, String introduction, String email, Instant registeredAt, Instant lastLoginAt) {
        this.id = id;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.nickname = nickname;
        this.sex = sex;
        this.avatar = avatar;
        this.introduction = introduction;
        this.email = email;
        this.registeredAt = registeredAt;
        this.lastLoginAt = lastLoginAt;
    }

    /**
     * A new account. Without a nickname, the phone number stands in for one. Registering hands out a token at once,
     * so it counts as the first login.
     */
    public static User register(UserId id, PhoneNumber phone, PasswordHash passwordHash, @Nullable Nickname nickname,
            Sex sex, AvatarUrl avatar, Instant now) {
        Instant at = storable(now);
        User user = new User(id, phone, passwordHash, nickname != null ? nickname : Nickname.of(phone), sex, avatar,
                "", "", at, at);
        user.events.add(new UserRegistered(id.value(), at.getEpochSecond()));
        return user;
    }

    public static User reconstitute(UserId id, PhoneNumber phone, PasswordHash passwordHash, Nickname nickname,
            Sex sex, AvatarUrl avatar, String introduction, String email, Instant registeredAt, Instant lastLoginAt) {
        return new User(id, phone, passwordHash, nickname, sex, avatar, introduction, email, registeredAt,
                lastLoginAt);
    }

    public void recordLogin(Instant now) {
        lastLoginAt = storable(now);
    }

    /** The events recorded since the last call, each handed out once. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** PostgreSQL keeps microseconds; cutting here makes a stored user equal to the one that was saved. */
    private static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public UserId getId() {
        return id;
    }

    public PhoneNumber getPhone() {
        return phone;
    }

    public PasswordHash getPasswordHash() {
        return passwordHash;
    }

    public Nickname getNickname() {
        return nickname;
    }

    public Sex getSex() {
        return sex;
    }

    public AvatarUrl getAvatar() {
        return avatar;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getEmail() {
        return email;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
