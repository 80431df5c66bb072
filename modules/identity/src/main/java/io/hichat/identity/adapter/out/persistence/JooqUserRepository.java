package io.hichat.identity.adapter.out.persistence;

import static io.hichat.db.identity.Sequences.USER_ID_SEQ;
import static io.hichat.db.identity.Tables.USERS;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import lombok.RequiredArgsConstructor;

import io.hichat.db.identity.tables.records.UsersRecord;
import io.hichat.identity.application.port.out.LoadUserPort;
import io.hichat.identity.application.port.out.SaveUserPort;
import io.hichat.identity.domain.EmailAddress;
import io.hichat.identity.domain.Introduction;
import io.hichat.identity.domain.Nickname;
import io.hichat.identity.domain.PasswordHash;
import io.hichat.identity.domain.PhoneAlreadyRegistered;
import io.hichat.identity.domain.PhoneNumber;
import io.hichat.identity.domain.User;
import io.hichat.shared.codes.Codes;
import io.hichat.shared.domain.Sex;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;

@Component
@RequiredArgsConstructor
class JooqUserRepository implements LoadUserPort, SaveUserPort {

    /**
     * Every authenticated request asks whether its token's user exists; only the first ask per user reaches the
     * database. A deleted account is forgotten here when this instance deletes it; elsewhere its tokens are refused
     * by their revocation before this is asked. When full, the users least likely to come back make room.
     */
    static final int KNOWN_USERS_CAPACITY = 100_000;

    /** The values of the {@code sex} column (the API document's codes, which it has held since it was made). */
    private static final Codes<Sex> STORED_SEX = Codes.of(Sex.class, Map.of(Sex.UNKNOWN, 0, Sex.MALE, 1,
            Sex.FEMALE, 2));

    private final DSLContext dsl;
    private final Cache<Long, Boolean> knownUsers = Caffeine.newBuilder().maximumSize(KNOWN_USERS_CAPACITY).build();

    @Override
    public Optional<User> findById(UserId id) {
        return dsl.selectFrom(USERS).where(USERS.ID.eq(id.value())).fetchOptional(JooqUserRepository::toUser);
    }

    @Override
    public Optional<User> findByIdForUpdate(UserId id) {
        return dsl.selectFrom(USERS).where(USERS.ID.eq(id.value())).forUpdate()
                .fetchOptional(JooqUserRepository::toUser);
    }

    @Override
    public Optional<User> findByPhone(PhoneNumber phone) {
        return dsl.selectFrom(USERS).where(USERS.PHONE.eq(phone.value())).fetchOptional(JooqUserRepository::toUser);
    }

    @Override
    public List<UserCard> findCards(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] values = ids.stream().map(UserId::value).toArray(Long[]::new);
        return dsl.select(USERS.ID, USERS.NICKNAME, USERS.SEX, USERS.AVATAR, USERS.INTRODUCTION)
                .from(USERS)
                .where(USERS.ID.eq(DSL.any(values)))
                .fetch(row -> new UserCard(new UserId(row.value1()), row.value2(), STORED_SEX.valueOf(row.value3()),
                        row.value4(), row.value5()));
    }

    @Override
    public boolean existsById(UserId id) {
        if (knownUsers.getIfPresent(id.value()) != null) {
            return true;
        }
        boolean exists = dsl.fetchExists(USERS, USERS.ID.eq(id.value()));
        if (exists) {
            knownUsers.put(id.value(), Boolean.TRUE);
        }
        return exists;
    }

    /**
     * FOR KEY SHARE: the deletion's FOR UPDATE waits for it, while updates of a user's other columns (a login, a
     * profile change) do not.
     */
    @Override
    public Set<UserId> holdExisting(Collection<UserId> ids) {
        Long[] values = ids.stream().map(UserId::value).toArray(Long[]::new);
        return dsl.select(USERS.ID).from(USERS).where(USERS.ID.eq(DSL.any(values))).forKeyShare()
                .fetchSet(row -> new UserId(row.value1()));
    }

    @Override
    public boolean existsByPhone(PhoneNumber phone) {
        return dsl.fetchExists(USERS, USERS.PHONE.eq(phone.value()));
    }

    @Override
    public UserId nextId() {
        return new UserId(dsl.nextval(USER_ID_SEQ));
    }

    @Override
    public void add(User user) {
        try {
            dsl.insertInto(USERS)
                    .set(USERS.ID, user.getId().value())
                    .set(USERS.PHONE, user.getPhone().value())
                    .set(USERS.PASSWORD_HASH, user.getPasswordHash().value())
                    .set(USERS.NICKNAME, user.getNickname().value())
                    .set(USERS.SEX, (short) STORED_SEX.code(user.getSex()))
                    .set(USERS.AVATAR, user.getAvatar().value())
                    .set(USERS.INTRODUCTION, user.getIntroduction().value())
                    .set(USERS.EMAIL, user.getEmail().value())
                    .set(USERS.REGISTERED_AT, user.getRegisteredAt())
                    .set(USERS.LAST_LOGIN_AT, user.getLastLoginAt())
                    .execute();
        } catch (DuplicateKeyException phoneTaken) {
            throw new PhoneAlreadyRegistered(user.getPhone());
        }
    }

    @Override
    public boolean savePassword(User user) {
        return dsl.update(USERS)
                .set(USERS.PASSWORD_HASH, user.getPasswordHash().value())
                .set(USERS.TOKEN_GENERATION, user.getTokenGeneration())
                .where(USERS.ID.eq(user.getId().value()))
                .and(USERS.TOKEN_GENERATION.eq(user.getTokenGeneration() - 1))
                .execute() == 1;
    }

    /** The row goes, and with it the phone's claim: it may register again, as a new user. */
    @Override
    public void delete(UserId id) {
        dsl.deleteFrom(USERS).where(USERS.ID.eq(id.value())).execute();
        knownUsers.invalidate(id.value());
    }

    @Override
    public void saveLastLogin(User user) {
        dsl.update(USERS)
                .set(USERS.LAST_LOGIN_AT, user.getLastLoginAt())
                .where(USERS.ID.eq(user.getId().value()))
                .execute();
    }

    @Override
    public void saveProfile(User user) {
        dsl.update(USERS)
                .set(USERS.NICKNAME, user.getNickname().value())
                .set(USERS.SEX, (short) STORED_SEX.code(user.getSex()))
                .set(USERS.AVATAR, user.getAvatar().value())
                .set(USERS.INTRODUCTION, user.getIntroduction().value())
                .set(USERS.EMAIL, user.getEmail().value())
                .where(USERS.ID.eq(user.getId().value()))
                .execute();
    }

    private static User toUser(UsersRecord row) {
        return User.reconstitute(new UserId(row.getId()), new PhoneNumber(row.getPhone()),
                new PasswordHash(row.getPasswordHash()), row.getTokenGeneration(), new Nickname(row.getNickname()),
                STORED_SEX.valueOf(row.getSex()), new WebUrl(row.getAvatar()), new Introduction(row.getIntroduction()),
                new EmailAddress(row.getEmail()), row.getRegisteredAt(), row.getLastLoginAt());
    }
}
