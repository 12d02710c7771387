package io.sanshen.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The site's FreeMarker templates ({@code templates/}). {@code .ftlh} files auto-escape HTML and {@code .ftlx}
 * files XML; a template error fails the build instead of leaving half a page.
 */
public final class Templates {
    private final Configuration cfg;

    public Templates(Path templateDir) throws IOException {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDirectoryForTemplateLoading(templateDir.toFile());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        cfg.setNumberFormat("computer");
    }

    /** Renders template {@code name} with {@code model}; failures carry the template name and line. */
    public String render(String name, Map<String, Object> model) {
        try {
            Template t = cfg.getTemplate(name);
            StringWriter out = new StringWriter(8192);
            t.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new TemplateFailure(name, e);
        }
    }

    /** A template that cannot be loaded or fails while rendering. */
    public static final class TemplateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TemplateFailure(String name, Exception cause) {
            super("templates/" + name + ": " + cause.getMessage(), cause);
        }
    }
}
