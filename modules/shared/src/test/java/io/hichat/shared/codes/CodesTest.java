package io.hichat.shared.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hichat.shared.domain.Sex;
import io.hichat.shared.web.WireValues;

class CodesTest {

    enum Light {
        RED, GREEN
    }

    @Test
    void sexIsOneOfThreeCodes() {
        assertThat(WireValues.SEX_CODES.find(0)).contains(Sex.UNKNOWN);
        assertThat(WireValues.SEX_CODES.find(1)).contains(Sex.MALE);
        assertThat(WireValues.SEX_CODES.find(2)).contains(Sex.FEMALE);
        assertThat(WireValues.SEX_CODES.find(3)).isEmpty();
        assertThat(WireValues.SEX_CODES.find(-1)).isEmpty();
        assertThat(WireValues.code(Sex.FEMALE)).isEqualTo(2);
    }

    @Test
    void everyValueHasACodeOfItsOwn() {
        assertThatThrownBy(() -> Codes.of(Light.class, Map.of(Light.RED, 0)))
                .hasMessageContaining("GREEN has none");
        assertThatThrownBy(() -> Codes.of(Light.class, Map.of(Light.RED, 0, Light.GREEN, 0)))
                .hasMessageContaining("taken already");
    }

    @Test
    void aCodeNoValueIsWrittenAsIsABrokenInvariantWhereItWasStored() {
        Codes<Light> stored = Codes.of(Light.class, Map.of(Light.RED, 1, Light.GREEN, 2));

        assertThat(stored.valueOf(2)).isEqualTo(Light.GREEN);
        assertThat(stored.code(Light.RED)).isEqualTo(1);
        assertThatThrownBy(() -> stored.valueOf(0)).isInstanceOf(IllegalStateException.class);
    }
}
