package io.hichat.identity;

/**
 * Turns an access token into the id of the user it was issued to. Used once per request, before any controller of
 * any context runs.
 */
public interface AccessTokenAuthenticator {

    /**
     * @param token the token as the client sent it, without any {@code Bearer } prefix
     * @return the id of an existing user
     * @throws InvalidAccessToken if the token is malformed, not signed with HS256 by this server, expired, or names
     * a user that does not exist
     */
    long authenticate(String token);
}
