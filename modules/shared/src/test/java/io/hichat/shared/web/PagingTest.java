package io.hichat.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class PagingTest {

    private static List<Long> rows(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void withoutParametersAPageIsTheWholeListUpToTheMaximum() {
        PageRequest request = PageRequest.of(null, null);

        assertThat(request.size()).isEqualTo(1000);
        assertThat(request.afterKey()).isNull();
    }

    @Test
    void aLargerPageSizeIsCutToTheMaximum() {
        assertThat(PageRequest.of(5000, null).size()).isEqualTo(1000);
    }

    @Test
    void aPageSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("page_size");
    }

    @Test
    void aFullPageCarriesTheTokenOfTheNextAndTheLastPageNone() {
        PageRequest first = PageRequest.of(3, null);
        Page<Long> page = Page.of(rows(1, first.fetchSize()), first, id -> List.of(id));

        assertThat(page.items()).containsExactly(1L, 2L, 3L);
        assertThat(page.nextPageToken()).isNotNull();
        PageRequest second = PageRequest.of(3, page.nextPageToken());
        assertThat(second.afterKey()).isEqualTo(3L);
        assertThat(Page.of(rows(4, 5), second, id -> List.of(id)).nextPageToken()).isNull();
    }

    @Test
    void severalSortKeysTravelInOneToken() {
        Page<Long> page = Page.of(rows(1, 3), PageRequest.of(2, null), id -> List.of(2L, id * 10, id));

        assertThat(PageRequest.of(2, page.nextPageToken()).afterKeys(3)).containsExactly(2L, 20L, 2L);
        assertThatThrownBy(() -> PageRequest.of(2, page.nextPageToken()).afterKey())
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void aTokenThatIsNotOneOfOursIsRefused() {
        assertThatThrownBy(() -> PageRequest.of(10, "not a token")).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> PageRequest.of(10, "MTo=")).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> PageRequest.of(10, "MTphYmM")).isInstanceOf(InvalidRequest.class);
    }
}
