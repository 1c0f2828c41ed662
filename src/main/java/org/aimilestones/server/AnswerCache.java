package org.aimilestones.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Complete query answers (200 responses) by request key, for one data version at a time: a newer version empties
 * it. Bounded in entries and in body bytes; the least recently used answers go first. Thread-safe.
 */
final class AnswerCache {

    /** One answer as sent: status 200, its body, Content-Type and the other headers worth repeating. */
    record Answer(byte[] body, String contentType, Map<String, String> headers) {}

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private long version;

    /** @param maxEntries the most answers kept (0 keeps none); @param maxBytes the most body bytes kept in all */
    AnswerCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** @return the answer kept for key at this data version, or null */
    synchronized Answer get(long dataVersion, String key) {
        moveTo(dataVersion);
        return version == dataVersion ? answers.get(key) : null;
    }

    /** Keeps answer for key, unless it was computed for an older data version or is too big to keep. */
    synchronized void put(long dataVersion, String key, Answer answer) {
        moveTo(dataVersion);
        if (version != dataVersion || maxEntries == 0 || answer.body().length > maxBytes) {
            return;
        }
        Answer old = answers.put(key, answer);
        bytes += answer.body().length - (old == null ? 0 : old.body().length);
        Iterator<Answer> eldest = answers.values().iterator();
        while (answers.size() > maxEntries || bytes > maxBytes) {
            bytes -= eldest.next().body().length;
            eldest.remove();
        }
    }

    /** @return how many answers are kept */
    synchronized int size() {
        return answers.size();
    }

    private void moveTo(long dataVersion) {
        if (dataVersion > version) {
            answers.clear();
            bytes = 0;
            version = dataVersion;
        }
    }
}
