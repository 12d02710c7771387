package io.sanshen.render;

import java.util.Map;
import java.util.Set;

/**
 * How to render: {@code watermarked} holds the repository paths of items shown with the 预览·未审核 watermark
 * (preview builds and {@code serve}); {@code liveReload} adds the preview server's reload script; {@code itemBlobs}
 * (each item file's Git blob id) and {@code reuse} let pages made from unchanged inputs be taken from the last
 * output ({@link PageReuse}); without them every page is rendered.
 */
public record RenderOptions(Set<String> watermarked, boolean liveReload, Map<String, String> itemBlobs,
                            PageReuse reuse) {
    public static final RenderOptions PUBLISH = new RenderOptions(Set.of(), false);

    public RenderOptions(Set<String> watermarked, boolean liveReload) {
        this(watermarked, liveReload, Map.of(), null);
    }

    public RenderOptions {
        watermarked = Set.copyOf(watermarked);
        itemBlobs = Map.copyOf(itemBlobs);
    }
}
