package org.aimilestones.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Failed logins per client address and the back-off they cost. The first {@value #FREE} failures from an address cost
 * nothing; the next makes it wait {@link #FIRST_WAIT}, each further one twice as long as the one before, at most
 * {@link #MAX_WAIT}. While an address waits, every request from it that carries credentials is answered 429 with
 * {@code Retry-After}, unchecked. A successful login forgets the address, and so does {@link #FORGET} without a
 * failure. IPv6 addresses count by their /64 network (one client usually has all of it). The table holds at most
 * {@code capacity} addresses, the one that failed least recently is dropped first, so its memory is bounded
 * (about 100 bytes an address).
 */
final class LoginThrottle {

    static final int FREE = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    static final Duration FORGET = Duration.ofMinutes(15);
    static final int CAPACITY = 10_000;

    private static final class Failures {
        int count;
        long last;
        long waitUntil;
    }

    private final LongSupplier nanoTime;
    private final Map<String, Failures> table;

    /** A table of at most {@value #CAPACITY} addresses on the system's clock. */
    LoginThrottle() {
        this(CAPACITY, System::nanoTime);
    }

    LoginThrottle(int capacity, LongSupplier nanoTime) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " must be at least 1");
        }
        this.nanoTime = nanoTime;
        this.table = new LinkedHashMap<>(64, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return how long the address must still wait before its credentials are checked again; zero if it need not */
    synchronized Duration waitFor(String address) {
        long now = nanoTime.getAsLong();
        Failures failures = current(key(address), now);
        return failures == null || failures.waitUntil - now <= 0 ? Duration.ZERO
                : Duration.ofNanos(failures.waitUntil - now);
    }

    /** Counts a failed login from address, and sets its wait once it has failed more than {@value #FREE} times. */
    synchronized void failed(String address) {
        long now = nanoTime.getAsLong();
        String key = key(address);
        Failures failures = current(key, now);
        if (failures == null) {
            failures = new Failures();
        }
        table.remove(key); // re-inserted last: the table is in order of the latest failure
        table.put(key, failures);
        failures.count++;
        failures.last = now;
        if (failures.count > FREE) {
            int doublings = Math.min(failures.count - FREE - 1, 16);
            long wait = Math.min(FIRST_WAIT.toNanos() << doublings, MAX_WAIT.toNanos());
            failures.waitUntil = now + wait;
        }
    }

    /** Forgets the failures of address: it has logged in. */
    synchronized void succeeded(String address) {
        table.remove(key(address));
    }

    /** @return how many addresses are remembered */
    synchronized int size() {
        return table.size();
    }

    private Failures current(String key, long now) {
        Failures failures = table.get(key);
        if (failures != null && now - failures.last > FORGET.toNanos()) {
            table.remove(key);
            return null;
        }
        return failures;
    }

    /** The address an IPv4 client is counted by, or the /64 network of an IPv6 one. */
    static String key(String address) {
        if (address == null || !address.contains(":")) {
            return String.valueOf(address);
        }
        try {
            String literal = address.startsWith("[") ? address.substring(1, address.length() - 1) : address;
            InetAddress parsed = InetAddress.getByName(literal); // a literal with ':' is parsed, never looked up
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
