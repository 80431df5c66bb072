package io.hichat.identity.domain;

/**
 * A password given to confirm a change on an account already signed in to (a new password, the account's
 * deletion) is not the account's. The web adapter names the field it came in.
 */
public class WrongPassword extends InvalidCredentials {

    public WrongPassword() {
        super("the password given is not the account's password");
    }
}
