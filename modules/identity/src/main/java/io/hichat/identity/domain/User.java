package io.hichat.identity.domain;

import static io.hichat.shared.domain.Instants.storable;

import java.time.Instant;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

import io.hichat.identity.events.UserRegistered;
import io.hichat.shared.domain.EventRecordingAggregate;
import io.hichat.shared.domain.WebUrl;

/**
 * An account: how its owner logs in and what other users see of them.
 * <p>
 * {@link #register} creates a new account and records {@link UserRegistered}; {@link #reconstitute} rebuilds a stored
 * one and records nothing.
 */
@AggregateRoot
public final class User extends EventRecordingAggregate {

    @Identity
    private final UserId id;
    private final PhoneNumber phone;
    private final PasswordHash passwordHash;
    private final Nickname nickname;
    private final Sex sex;
    private final WebUrl avatar;
    private final String introduction;
    private final String email;
    private final Instant registeredAt;
    private Instant lastLoginAt;

    private User(UserId id, PhoneNumber phone, PasswordHash passwordHash, Nickname nickname, Sex sex,
            WebUrl avatar, String introduction, String email, Instant registeredAt, Instant lastLoginAt) {
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
     * A new account. Without a nickname, it gets a default one that does not show the phone. Registering hands out
     * a token at once, so it counts as the first login.
     */
    public static User register(UserId id, PhoneNumber phone, PasswordHash passwordHash, @Nullable Nickname nickname,
            Sex sex, WebUrl avatar, Instant now) {
        Instant at = storable(now);
        User user = new User(id, phone, passwordHash, nickname != null ? nickname : Nickname.of(phone), sex, avatar,
                "", "", at, at);
        user.record(new UserRegistered(id.value(), at.getEpochSecond()));
        return user;
    }

    public static User reconstitute(UserId id, PhoneNumber phone, PasswordHash passwordHash, Nickname nickname,
            Sex sex, WebUrl avatar, String introduction, String email, Instant registeredAt, Instant lastLoginAt) {
        return new User(id, phone, passwordHash, nickname, sex, avatar, introduction, email, registeredAt,
                lastLoginAt);
    }

    public void recordLogin(Instant now) {
        lastLoginAt = storable(now);
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

    public WebUrl getAvatar() {
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
