package io.hichat.identity.application.port.out;

import io.hichat.identity.domain.User;
import io.hichat.shared.domain.UserId;

public interface SaveUserPort {

    /** A fresh id for an account about to be registered. */
    UserId nextId();

    /**
     * Stores a newly registered account.
     *
     * @throws io.hichat.identity.domain.PhoneAlreadyRegistered if another account took the phone first
     */
    void add(User user);

    /** Stores what others see of the user: nickname, sex, avatar, introduction, email. */
    void saveProfile(User user);

    /**
     * Stores the user's new password hash and token generation, unless another change of password was stored since
     * the user was read.
     *
     * @return whether it was stored
     */
    boolean savePassword(User user);

    /** Deletes the account, erasing its personal data (phone, nickname, avatar, introduction, email, hash). */
    void delete(UserId id);

    /** Stores the user's last-login time. */
    void saveLastLogin(User user);
}
