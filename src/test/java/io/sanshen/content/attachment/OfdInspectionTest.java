package io.sanshen.content.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.element.PageAreaFiller;
import org.ofdrw.layout.element.Paragraph;

public class OfdInspectionTest {

    /** A real OFD file written by ofdrw, one paragraph per page. */
    public static byte[] ofd(List<String> pages) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OFDDoc doc = new OFDDoc(out)) {
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    doc.add(new PageAreaFiller()); // fills the rest of the page: the next paragraph starts a new one
                }
                doc.add(new Paragraph(pages.get(i)));
            }
        }
        return out.toByteArray();
    }

    @Test
    void readsTheTextOfEveryPageLikeAPdf() throws Exception {
        Inspection result = new AttachmentInspector().inspect("list.ofd", ofd(List.of("拟聘用人员名单", "张伟 13812345678")));

        assertThat(result.type()).isEqualTo(AttachmentType.OFD);
        assertThat(result.typeMismatch()).isFalse();
        assertThat(result.errors()).isEmpty();
        assertThat(result.segments()).extracting(TextSegment::location, TextSegment::text)
                .containsExactly(tuple("第1页", "拟聘用人员名单"), tuple("第2页", "张伟 13812345678"));
    }

    @Test
    void anOfdNamedAsAZipOrAPdfIsATypeMismatch() throws Exception {
        Inspection result = new AttachmentInspector().inspect("list.pdf", ofd(List.of("文本")));
        assertThat(result.type()).isEqualTo(AttachmentType.OFD);
        assertThat(result.typeMismatch()).isTrue();
    }
}
