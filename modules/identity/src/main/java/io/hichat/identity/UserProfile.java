package io.hichat.identity;

/**
 * What other users see of a user.
 *
 * @param sex 0 unknown, 1 male, 2 female
 * @param avatar a URL, or empty
 * @param introduction empty when the user wrote none
 */
public record UserProfile(long id, String nickname, int sex, String avatar, String introduction) {
}
