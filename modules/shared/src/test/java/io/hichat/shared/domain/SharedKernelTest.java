package io.hichat.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;

import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.hichat.shared.web.InvalidRequest;
import io.hichat.shared.web.JsonFields;

class SharedKernelTest {

    @Test
    void aDigestIsTheSha256OfTheTextsUtf8BytesInHex() {
        assertThat(Digests.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Digests.sha256Hex("用户")).hasSize(64).isNotEqualTo(Digests.sha256Hex("用"));
    }

    @Test
    void boundedTextIsTrimmedAndCountedInCharacters() {
        assertThat(BoundedText.of("message", "  hi  ", 2)).isEqualTo("hi");
        assertThat(BoundedText.of("message", "😀😀", 2)).isEqualTo("😀😀");
        assertThatThrownBy(() -> BoundedText.of("message", "abc", 2)).isInstanceOf(Invalid.class)
                .hasMessage("message must be at most 2 characters");
        assertThat(BoundedText.of("message", "a\nb", 3)).isEqualTo("a\nb");
        assertThatThrownBy(() -> BoundedText.line("name", "a\nb", 3))
                .hasMessage("name must not contain control characters");
    }

    @Test
    void aWebUrlIsAnAbsoluteHttpUrlOrNone() {
        assertThat(WebUrl.of("icon", null)).isEqualTo(WebUrl.NONE);
        assertThat(WebUrl.of("icon", " http://a.example/x.png ").value()).isEqualTo("http://a.example/x.png");
        assertThatThrownBy(() -> WebUrl.of("icon", "ftp://a.example/x.png"))
                .hasMessage("icon must be an http or https URL of at most 255 characters");
        assertThatThrownBy(() -> new WebUrl("not a url")).isInstanceOf(Invalid.class);
        assertThat(new WebUrl("HTTPS://cdn.example.com:8443/a/头像.png?v=2").value()).startsWith("HTTPS://");
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://user@evil.example/a.png", "http://my_cdn.example.com/a.png", "http://例子.cn/a.png",
            "http://:80/x", "http://a|b/", "http://[::1]/a.png", "http://", "https://a.example/a b.png" })
    void aWebUrlWhoseHostIsHiddenOrMalformedIsRefused(String url) {
        assertThatThrownBy(() -> new WebUrl(url)).isInstanceOf(Invalid.class);
        assertThat(Pattern.compile(WebUrl.FORMAT).matcher(url).find()).as("the documented format").isFalse();
    }

    @Test
    void aWebUrlCountsCharactersNotUtf16Units() {
        String path = "http://a.example/" + "😀".repeat(WebUrl.MAX_LENGTH - "http://a.example/".length());

        assertThat(new WebUrl(path).value()).isEqualTo(path);
        assertThatThrownBy(() -> new WebUrl(path + "x")).isInstanceOf(Invalid.class);
    }

    @Test
    void aRefusedFieldIsSaidUnderTheNameTheClientSentIt() {
        assertThatThrownBy(() -> RequestMessage.of("话".repeat(256)))
                .hasMessage("message must be at most 255 characters");
        assertThatThrownBy(() -> JsonFields.read("req_msg", () -> RequestMessage.of("话".repeat(256))))
                .isInstanceOf(InvalidRequest.class).hasMessage("req_msg must be at most 255 characters");
        assertThat(new Invalid("no field here").messageNaming("req_msg")).isEqualTo("no field here");
    }

    @Test
    void recordedEventsAreHandedOutOnce() {
        DomainEvent happened = new DomainEvent() {
        };
        EventRecordingAggregate aggregate = new EventRecordingAggregate() {
            {
                record(happened);
            }
        };

        assertThat(aggregate.pullEvents()).containsExactly(happened);
        assertThat(aggregate.pullEvents()).isEmpty();
    }

    @Test
    void aNotFoundNamesWhatAndWhich() {
        assertThat(new NotFound("group", 7)).hasMessage("group 7 does not exist");
    }
}
