package org.aimilestones.load;

import java.util.Objects;
import java.util.function.Supplier;

/** A value computed by its supplier at the first {@link #get()} and kept; thread-safe. */
public final class Lazy<T> implements Supplier<T> {

    private Supplier<T> supplier;
    private T value;

    private Lazy(Supplier<T> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
    }

    /** @return a value that supplier computes when it is first asked for (supplier must not return null) */
    public static <T> Lazy<T> of(Supplier<T> supplier) {
        return new Lazy<>(supplier);
    }

    @Override
    public synchronized T get() {
        if (supplier != null) {
            value = Objects.requireNonNull(supplier.get(), "the lazy value");
            supplier = null;
        }
        return value;
    }
}
