package io.hichat.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    private record Body(@Nullable String userUid) {
    }

    @Test
    void aDeletesFieldIsTakenFromTheQueryFirstThenFromTheBody() {
        assertThat(JsonFields.queryOrBody("7", new Body("9"), Body::userUid)).isEqualTo("7");
        assertThat(JsonFields.queryOrBody(null, new Body("9"), Body::userUid)).isEqualTo("9");
        assertThat(JsonFields.queryOrBody(null, new Body(null), Body::userUid)).isNull();
        assertThat(JsonFields.queryOrBody(null, (Body) null, Body::userUid)).isNull();
    }
}
