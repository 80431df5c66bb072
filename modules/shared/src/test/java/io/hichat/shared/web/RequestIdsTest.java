package io.hichat.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @Test
    void anIdIsItsDigits() {
        assertThat(RequestIds.required("9", "user_uid")).isEqualTo(9L);
        assertThat(RequestIds.required(" 13 ", "group_id")).isEqualTo(13L);
        assertThat(RequestIds.required("999999999999999999", "group_id")).isEqualTo(999_999_999_999_999_999L);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-3", "abc", "1.5", "1e3", "9999999999999999999", "１２" })
    void anythingElseIsRefusedByName(String value) {
        assertThatThrownBy(() -> RequestIds.required(value, "group_id")).isInstanceOf(InvalidRequest.class)
                .hasMessage("group_id must be an id, a positive integer");
    }

    @Test
    void aMissingRequiredIdIsNamed() {
        assertThatThrownBy(() -> RequestIds.required((String) null, "user_uid")).hasMessage("user_uid is required");
        assertThatThrownBy(() -> RequestIds.required(" ", "user_uid")).hasMessage("user_uid is required");
    }

    @Test
    void anOptionalIdMayBeNoneInThreeWays() {
        assertThat(RequestIds.optional(null, "inviter_uid")).isNull();
        assertThat(RequestIds.optional("", "inviter_uid")).isNull();
        assertThat(RequestIds.optional("0", "inviter_uid")).isNull();
        assertThat(RequestIds.optional("10", "inviter_uid")).isEqualTo(10L);
        assertThatThrownBy(() -> RequestIds.optional("x", "inviter_uid")).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void anIdSentAsANumberMustBePositive() {
        assertThat(RequestIds.required(7L, "friend_req_id")).isEqualTo(7L);
        assertThatThrownBy(() -> RequestIds.required((Long) null, "friend_req_id"))
                .hasMessage("friend_req_id is required");
        assertThatThrownBy(() -> RequestIds.required(0L, "group_req_id"))
                .hasMessage("group_req_id must be an id, a positive integer");
    }
}
