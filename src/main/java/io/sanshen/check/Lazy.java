package io.sanshen.check;

import java.util.function.Supplier;

/** Made once, on first use, however many threads ask (rules that need no link targets, rules only a miss needs). */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = make.get();
        }
        return value;
    }
}
