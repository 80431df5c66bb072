package io.hichat.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.hichat.shared.domain.Invalid;
import io.hichat.shared.domain.WebUrl;

class ValueObjectsTest {

    @ParameterizedTest
    @ValueSource(strings = { "12345", "17585710989", "+8617585710989", "12345678901234567890" })
    void phoneNumbersOfFiveToTwentyDigitsWithAnOptionalPlusAreAccepted(String phone) {
        assertThat(PhoneNumber.of(phone).value()).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = { "1234", "123456789012345678901", "+", "1234a", " 12345", "12-345", "+-12345" })
    void otherPhoneNumbersAreRefused(String phone) {
        assertThatThrownBy(() -> PhoneNumber.of(phone)).isInstanceOf(InvalidUserDetails.class)
                .hasMessageContaining("phone must be 5 to 20 digits");
    }

    @Test
    void aMissingPhoneIsRequired() {
        assertThatThrownBy(() -> PhoneNumber.of(null)).hasMessage("phone is required");
        assertThatThrownBy(() -> PhoneNumber.of("")).hasMessage("phone is required");
    }

    @Test
    void passwordsAreMeasuredInUtf8Bytes() {
        assertThat(PlainPassword.of("abcdef").reveal()).isEqualTo("abcdef");
        assertThat(PlainPassword.of("密".repeat(24)).reveal()).hasSize(24);
        assertThatThrownBy(() -> PlainPassword.of("密".repeat(25))).hasMessageContaining("6 to 72 bytes");
        assertThatThrownBy(() -> PlainPassword.of("abcde")).hasMessageContaining("6 to 72 bytes");
        assertThatThrownBy(() -> PlainPassword.of("a".repeat(73))).hasMessageContaining("6 to 72 bytes");
        assertThatThrownBy(() -> PlainPassword.of(null)).hasMessage("password is required");
    }

    @Test
    void aPasswordNeverShowsInLogs() {
        assertThat(PlainPassword.of("secret-password").toString()).doesNotContain("secret-password");
        assertThat(new PasswordHash("$2a$10$abc").toString()).doesNotContain("$2a$10$abc");
    }

    @Test
    void nicknamesAreTrimmedAndCountedInCharacters() {
        assertThat(new Nickname("  范丞丞 ").value()).isEqualTo("范丞丞");
        assertThat(new Nickname("😀".repeat(64)).value()).hasSize(128);
        assertThatThrownBy(() -> new Nickname("😀".repeat(65))).hasMessageContaining("at most 64");
        assertThatThrownBy(() -> new Nickname("   ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> new Nickname("a\u0000b")).hasMessageContaining("control characters");
    }

    @Test
    void avatarsAreWebUrlsOrNothing() {
        assertThat(WebUrl.of("avatar", null)).isEqualTo(WebUrl.NONE);
        assertThat(WebUrl.of("avatar", " ")).isEqualTo(WebUrl.NONE);
        assertThat(WebUrl.of("avatar", "HTTPS://example.com/a.png").value()).isEqualTo("HTTPS://example.com/a.png");
        assertThatThrownBy(() -> WebUrl.of("avatar", "ftp://example.com/a.png")).isInstanceOf(Invalid.class)
                .hasMessage("avatar must be an http or https URL of at most 255 characters");
        assertThatThrownBy(() -> WebUrl.of("avatar", "http://")).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> WebUrl.of("avatar", "http://example.com/" + "a".repeat(237)))
                .isInstanceOf(Invalid.class);
    }
}
