package io.hichat.identity.domain;

import static io.hichat.shared.domain.Instants.storable;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

import io.hichat.identity.events.UserDeleted;
import io.hichat.identity.events.UserProfileChanged;
import io.hichat.identity.events.UserRegistered;
import io.hichat.shared.domain.EventRecordingAggregate;
import io.hichat.shared.domain.Sex;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;
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
    private PasswordHash passwordHash;
    private int tokenGeneration;
    private Nickname nickname;
    private Sex sex;
    private WebUrl avatar;
    private Introduction introduction;
    private EmailAddress email;
    private final Instant registeredAt;
    private Instant lastLoginAt;

    private User(UserId id, PhoneNumber phone, PasswordHash passwordHash, int tokenGeneration, Nickname nickname,
            Sex sex, WebUrl avatar, Introduction introduction, EmailAddress email, Instant registeredAt,
            Instant lastLoginAt) {
        this.id = id;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.tokenGeneration = tokenGeneration;
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
        User user = new User(id, phone, passwordHash, 0, nickname != null ? nickname : Nickname.of(phone), sex, avatar,
                Introduction.NONE, EmailAddress.NONE, at, at);
        user.record(new UserRegistered(UUID.randomUUID(), at.getEpochSecond(), id.value()));
        return user;
    }

    public static User reconstitute(UserId id, PhoneNumber phone, PasswordHash passwordHash, int tokenGeneration,
            Nickname nickname, Sex sex, WebUrl avatar, Introduction introduction, EmailAddress email,
            Instant registeredAt, Instant lastLoginAt) {
        return new User(id, phone, passwordHash, tokenGeneration, nickname, sex, avatar, introduction, email,
                registeredAt, lastLoginAt);
    }

    /**
     * Changes the fields the update names and records {@link UserProfileChanged} if any of them now reads
     * differently; an update that changes nothing records nothing.
     *
     * @return whether anything changed
     */
    public boolean updateProfile(ProfileUpdate update, UUID eventId, Instant now) {
        Nickname newNickname = update.defaultNickname() ? Nickname.of(phone)
                : update.nickname() != null ? update.nickname() : nickname;
        Sex newSex = update.sex() != null ? update.sex() : sex;
        WebUrl newAvatar = update.avatar() != null ? update.avatar() : avatar;
        Introduction newIntroduction = update.introduction() != null ? update.introduction() : introduction;
        EmailAddress newEmail = update.email() != null ? update.email() : email;
        boolean changed = !newNickname.equals(nickname) || newSex != sex || !newAvatar.equals(avatar)
                || !newIntroduction.equals(introduction) || !newEmail.equals(email);
        nickname = newNickname;
        sex = newSex;
        avatar = newAvatar;
        introduction = newIntroduction;
        email = newEmail;
        if (changed) {
            record(new UserProfileChanged(eventId, storable(now).getEpochSecond(), id.value()));
        }
        return changed;
    }

    /**
     * Takes the new password and starts a new generation of tokens, refusing every token handed out before.
     *
     * @param freshTokenExpiry when a token issued now expires, which no earlier token outlives
     * @return the revocation of the earlier tokens
     */
    public TokenRevocation changePassword(PasswordHash newHash, Instant freshTokenExpiry) {
        passwordHash = newHash;
        tokenGeneration++;
        return new TokenRevocation.PasswordChanged(id, tokenGeneration, freshTokenExpiry);
    }

    /**
     * Deletes the account: records {@link UserDeleted} and refuses every token handed out.
     *
     * @param latestTokenExpiry when a token issued now would expire, which no token of the account outlives
     * @return the revocation of all the account's tokens
     */
    public TokenRevocation delete(Instant now, Instant latestTokenExpiry) {
        record(new UserDeleted(UUID.randomUUID(), storable(now).getEpochSecond(), id.value()));
        return new TokenRevocation.AccountDeleted(id, latestTokenExpiry);
    }

    public void recordLogin(Instant now) {
        lastLoginAt = storable(now);
    }

    /** What other users see of this one: never the phone, the password or the email address. */
    public UserCard card() {
        return new UserCard(id, nickname.value(), sex, avatar.value(), introduction.value());
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

    /** The generation of tokens handed out now: it counts the password changes. */
    public int getTokenGeneration() {
        return tokenGeneration;
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

    public Introduction getIntroduction() {
        return introduction;
    }

    public EmailAddress getEmail() {
        return email;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
