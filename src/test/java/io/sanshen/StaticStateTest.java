package io.sanshen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing in a static field outlives or crosses runs: a long-running server (preview, review desk) checks and
 * builds sites again and again, possibly at once, so what a run builds belongs to its run object. A static field
 * may hold only constants: no non-final statics, no ThreadLocals, no atomics, no mutable collections (the one
 * exception is a table of constant texts filled once by its class initializer).
 */
class StaticStateTest {
    private static final Path CLASSES = Path.of("target/classes");
    /** Filled once in a static initializer with constant texts, never written afterwards. */
    private static final Set<String> CONSTANT_TABLES = Set.of("io.sanshen.check.pii.PiiMessages.MESSAGES");

    @Test
    void staticFieldsHoldOnlyConstants() throws Exception {
        List<String> offences = new ArrayList<>();
        for (String name : classNames()) {
            Class<?> type = Class.forName(name, true, getClass().getClassLoader());
            for (Field field : type.getDeclaredFields()) {
                String offence = offence(field);
                if (offence != null && !CONSTANT_TABLES.contains(name + "." + field.getName())) {
                    offences.add(name + "." + field.getName() + ": " + offence);
                }
            }
        }
        assertThat(offences).as("static fields holding state").isEmpty();
    }

    private static String offence(Field field) throws IllegalAccessException {
        int mod = field.getModifiers();
        if (!Modifier.isStatic(mod) || field.isSynthetic()) {
            return null;
        }
        if (!Modifier.isFinal(mod)) {
            return "not final";
        }
        field.setAccessible(true);
        Object value = field.get(null);
        if (value instanceof ThreadLocal<?>) {
            return "a ThreadLocal";
        }
        if (value != null && value.getClass().getPackageName().equals("java.util.concurrent.atomic")) {
            return "an atomic " + value.getClass().getSimpleName();
        }
        if ((value instanceof Map<?, ?> || value instanceof Collection<?>) && !immutable(value.getClass())) {
            return "a mutable " + value.getClass().getName();
        }
        return null;
    }

    private static boolean immutable(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.util.ImmutableCollections$") || name.startsWith("java.util.Collections$Unmodifiable")
                || name.startsWith("java.util.Collections$Empty") || name.startsWith("java.util.Collections$Singleton");
    }

    private static List<String> classNames() throws IOException {
        try (Stream<Path> walk = Files.walk(CLASSES)) {
            return walk.map(p -> CLASSES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.startsWith("io/sanshen/") && p.endsWith(".class") && !p.endsWith("package-info.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.')).sorted().toList();
        }
    }
}
