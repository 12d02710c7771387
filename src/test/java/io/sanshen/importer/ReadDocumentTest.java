package io.sanshen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadDocumentTest {
    @Test
    void mediaNamesCannotLeaveTheBundleWhateverTheDocumentSays() {
        assertThat(ReadDocument.mediaName(1, "PNG")).isEqualTo("image-1.png");
        assertThat(ReadDocument.mediaName(2, "b/../../../evil")).isEqualTo("image-2.bevil");
        assertThat(ReadDocument.mediaName(5, "../../passwd")).isEqualTo("image-5.bin");
        assertThat(ReadDocument.mediaName(3, "jp/g")).isEqualTo("image-3.jpg");
        assertThat(ReadDocument.mediaName(4, "")).isEqualTo("image-4.bin");
    }
}
