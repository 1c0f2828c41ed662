package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.aimilestones.server.AnswerCache.Answer;
import org.junit.jupiter.api.Test;

/** The answer cache: least recently used out first, bounded in entries and bytes, one data version at a time. */
class AnswerCacheTest {

    static Answer answer(int bytes) {
        return new Answer(new byte[bytes], "text/csv", Map.of());
    }

    @Test
    void boundedInEntriesDroppingTheLeastRecentlyUsed() {
        AnswerCache cache = new AnswerCache(2, 1000);
        cache.put(0, "a", answer(1));
        cache.put(0, "b", answer(1));
        assertNotNull(cache.get(0, "a"));
        cache.put(0, "c", answer(1));
        assertNull(cache.get(0, "b"), "b was used least recently");
        assertNotNull(cache.get(0, "a"));
        assertNotNull(cache.get(0, "c"));
    }

    @Test
    void boundedInBytes() {
        AnswerCache cache = new AnswerCache(100, 10);
        cache.put(0, "a", answer(6));
        cache.put(0, "b", answer(6));
        assertNull(cache.get(0, "a"));
        assertNotNull(cache.get(0, "b"));
        cache.put(0, "huge", answer(11));
        assertNull(cache.get(0, "huge"), "larger than the whole cache");
        cache.put(0, "b", answer(2));
        cache.put(0, "c", answer(8));
        assertNotNull(cache.get(0, "b"), "b's old size no longer counts");
    }

    @Test
    void aNewerDataVersionEmptiesItAndOlderAnswersAreNotKept() {
        AnswerCache cache = new AnswerCache(10, 1000);
        cache.put(0, "a", answer(1));
        assertNull(cache.get(1, "a"), "after an update");
        cache.put(0, "a", answer(1));
        assertNull(cache.get(1, "a"), "an answer computed before the update is not kept");
        cache.put(1, "a", answer(1));
        assertNotNull(cache.get(1, "a"));
        assertNull(cache.get(0, "a"), "never an answer for another version");
    }

    @Test
    void zeroEntriesKeepsNothing() {
        AnswerCache cache = new AnswerCache(0, 1000);
        cache.put(0, "a", answer(1));
        assertNull(cache.get(0, "a"));
        assertEquals(0, cache.size());
    }
}
