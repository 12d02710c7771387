package io.sanshen.render;

import java.util.Set;

/**
 * How to render: {@code watermarked} holds the repository paths of items shown with the 预览·未审核 watermark
 * (preview builds and {@code serve}); {@code liveReload} adds the preview server's reload script.
 */
public record RenderOptions(Set<String> watermarked, boolean liveReload) {
    public static final RenderOptions PUBLISH = new RenderOptions(Set.of(), false);

    public RenderOptions {
        watermarked = Set.copyOf(watermarked);
    }
}
