package org.aimilestones.load;

import java.util.Arrays;
import java.util.NoSuchElementException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * A graph that never changes, made at once from a table of terms and triples given as numbers into it (the snapshot's
 * format, {@link TermTableFile}): the triples sorted three ways (subject-predicate-object, predicate-object-subject,
 * object-subject-predicate), each order with the start of every term's run, so that every pattern of find is one or two
 * binary searches in a run. Made by counting sorts over the numbers, with no hashing of triples: Jena's in-memory
 * graph adds the decade's 94,000 triples one by one into three hash indexes, about 0.14 s of CPU in a JVM that has
 * just started, where this takes a few hundredths (and the server's live heap after a start went from 42 to 34 MB).
 *
 * <p>Terms match as Jena's graphs match them (the same term: {@link Node#equals}); a pattern's variables and
 * {@link Node#ANY} match anything. Adding or deleting is refused (Jena's {@code AddDeniedException} and
 * {@code DeleteDeniedException}).
 */
final class FrozenGraph extends GraphBase {

    private static final int ANY = -1;
    private static final int ABSENT = -2;

    private final Node[] terms;
    /** term number + 1 at a term's hash slot (open addressing, linear probing), 0 where empty */
    private final int[] slots;
    /** the triples' subjects, predicates, objects and triples, in subject-predicate-object order */
    private final int[] subjects;
    private final int[] predicates;
    private final int[] objects;
    private final Triple[] triples;
    /** the positions (in subject-predicate-object order) in predicate-object-subject and object-subject-predicate order */
    private final int[] pos;
    private final int[] osp;
    /** by term number t: where t's run starts in each order, [t + 1] where it ends */
    private final int[] bySubject;
    private final int[] byPredicate;
    private final int[] byObject;

    /**
     * @param terms the table: a term's number is its index (a term given twice is one term)
     * @param s     each triple's subject, as a term number (triples in any order, duplicates allowed; the arrays
     *              are the graph's own from now on)
     * @param p     each triple's predicate
     * @param o     each triple's object
     * @throws IllegalArgumentException if the arrays differ in length or a number is not in the table
     */
    FrozenGraph(Node[] terms, int[] s, int[] p, int[] o) {
        if (s.length != p.length || s.length != o.length) {
            throw new IllegalArgumentException("subjects, predicates and objects differ in number");
        }
        this.terms = terms;
        int k = terms.length;
        this.slots = new int[Integer.highestOneBit(Math.max(2 * k, 2) - 1) << 1];
        int[] same = index(terms, slots);
        numbered(s, k, same);
        numbered(p, k, same);
        numbered(o, k, same);
        int n = s.length;
        if (!ascending(s, p, o)) { // not as the snapshot writes them: sorted by subject, predicate, object
            int[] order = identity(n);
            order = sorted(order, o, k, null); // least significant key first: counting sorts are stable
            order = sorted(order, p, k, null);
            order = sorted(order, s, k, null);
            s = permuted(s, order);
            p = permuted(p, order);
            o = permuted(o, order);
            n = 0;
            for (int i = 0; i < s.length; i++) {
                if (i == 0 || s[i] != s[i - 1] || p[i] != p[i - 1] || o[i] != o[i - 1]) { // a triple given twice is one
                    s[n] = s[i];
                    p[n] = p[i];
                    o[n] = o[i];
                    n++;
                }
            }
        }
        subjects = n == s.length ? s : Arrays.copyOf(s, n);
        predicates = n == p.length ? p : Arrays.copyOf(p, n);
        objects = n == o.length ? o : Arrays.copyOf(o, n);
        triples = new Triple[n];
        for (int i = 0; i < n; i++) {
            triples[i] = Triple.create(terms[s[i]], terms[p[i]], terms[o[i]]);
        }
        bySubject = runs(subjects, k);
        byObject = new int[k + 1];
        osp = sorted(identity(n), objects, k, byObject); // from (s, p, o) order, stable by object: (o, s, p)
        byPredicate = new int[k + 1];
        pos = sorted(osp, predicates, k, byPredicate); // from (o, s, p) order, stable by predicate: (p, o, s)
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return graphBaseFind(pattern.getSubject(), pattern.getPredicate(), pattern.getObject());
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Node s, Node p, Node o) {
        return match(s, p, o, true);
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return match(t.getSubject(), t.getPredicate(), t.getObject(), false) != null;
    }

    @Override
    protected int graphBaseSize() {
        return triples.length;
    }

    @Override
    public boolean isEmpty() {
        return triples.length == 0;
    }

    /**
     * @param iterate whether the caller iterates the matches, or only asks if there is one
     * @return the matches, or (when not iterating) null if there is none
     */
    private Run match(Node sNode, Node pNode, Node oNode, boolean iterate) {
        int s = number(sNode);
        int p = number(pNode);
        int o = number(oNode);
        if (s == ABSENT || p == ABSENT || o == ABSENT) {
            return iterate ? new Run(null, 0, 0) : null;
        }
        Run run;
        if (s >= 0 && (p >= 0 || o < 0)) { // s p o, s p ?, s ? ?: the subject's run, by predicate, by object
            run = new Run(null, bySubject[s], bySubject[s + 1]);
            run = p < 0 ? run : run.narrow(predicates, p);
            run = o < 0 ? run : run.narrow(objects, o);
        } else if (s >= 0) { // s ? o: the object's run, by subject
            run = new Run(osp, byObject[o], byObject[o + 1]).narrow(subjects, s);
        } else if (p >= 0) { // ? p o, ? p ?: the predicate's run, by object
            run = new Run(pos, byPredicate[p], byPredicate[p + 1]);
            run = o < 0 ? run : run.narrow(objects, o);
        } else if (o >= 0) { // ? ? o
            run = new Run(osp, byObject[o], byObject[o + 1]);
        } else {
            run = new Run(null, 0, triples.length);
        }
        return iterate || run.next < run.end ? run : null;
    }

    /** @return the term's number; ANY for a wildcard (null, ANY, a variable), ABSENT for a term not in the graph */
    private int number(Node node) {
        if (node == null || !node.isConcrete()) {
            return ANY;
        }
        int mask = slots.length - 1;
        for (int i = spread(node.hashCode()) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (terms[slots[i] - 1].equals(node)) {
                return slots[i] - 1;
            }
        }
        return ABSENT;
    }

    /** A run of positions in one order, as the matches of a pattern. */
    private final class Run extends NiceIterator<Triple> {
        private final int[] order; // null: subject-predicate-object order itself
        private int next;
        private final int end;

        Run(int[] order, int start, int end) {
            this.order = order;
            this.next = start;
            this.end = end;
        }

        /** @return the part of this run whose key (in the order's next column) is value; the run is sorted by it */
        Run narrow(int[] key, int value) {
            return new Run(order, first(key, value), first(key, value + 1));
        }

        private int first(int[] key, int value) { // the first position whose key is value or more
            int lo = next;
            int hi = end;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (key[order == null ? mid : order[mid]] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        @Override
        public boolean hasNext() {
            return next < end;
        }

        @Override
        public Triple next() {
            if (next >= end) {
                throw new NoSuchElementException("no more triples");
            }
            int at = next++;
            return triples[order == null ? at : order[at]];
        }
    }

    /**
     * Puts each term into slots; a term given twice is one term.
     *
     * @return for each term number, the number of the first equal term (the same number for most)
     */
    private static int[] index(Node[] terms, int[] slots) {
        int[] same = new int[terms.length];
        int mask = slots.length - 1;
        for (int t = 0; t < terms.length; t++) {
            int i = spread(terms[t].hashCode()) & mask;
            while (slots[i] != 0 && !terms[slots[i] - 1].equals(terms[t])) {
                i = (i + 1) & mask;
            }
            if (slots[i] == 0) {
                slots[i] = t + 1;
            }
            same[t] = slots[i] - 1;
        }
        return same;
    }

    /** Makes each of numbers the number of the first term equal to its own, checking that it is in the table. */
    private static void numbered(int[] numbers, int k, int[] same) {
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] < 0 || numbers[i] >= k) {
                throw new IllegalArgumentException("term number " + numbers[i] + " is not in the table of " + k);
            }
            numbers[i] = same[numbers[i]];
        }
    }

    /** @return whether the triples are in strictly ascending order of subject, predicate and object */
    private static boolean ascending(int[] s, int[] p, int[] o) {
        for (int i = 1; i < s.length; i++) {
            int c = s[i] != s[i - 1] ? Integer.compare(s[i], s[i - 1])
                    : p[i] != p[i - 1] ? Integer.compare(p[i], p[i - 1]) : Integer.compare(o[i], o[i - 1]);
            if (c <= 0) {
                return false;
            }
        }
        return true;
    }

    private static int[] permuted(int[] values, int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = values[order[i]];
        }
        return out;
    }

    /**
     * A stable counting sort.
     *
     * @param order the positions to sort
     * @param key   each position's key, from 0 to k - 1
     * @param runs  if not null, filled with where each key's run starts ([key + 1]: where it ends)
     * @return the positions ordered by key, in their given order within a key
     */
    private static int[] sorted(int[] order, int[] key, int k, int[] runs) {
        int[] start = runs != null ? runs : new int[k + 1];
        count(order, key, start);
        int[] next = start.clone();
        int[] out = new int[order.length];
        for (int at : order) {
            out[next[key[at]]++] = at;
        }
        return out;
    }

    /** @return where each key's run starts in keys, which are sorted ([key + 1]: where it ends) */
    private static int[] runs(int[] keys, int k) {
        int[] start = new int[k + 1];
        count(null, keys, start);
        return start;
    }

    /** Fills start (k + 1 numbers, all 0) with where each key's run starts once the positions are sorted by key. */
    private static void count(int[] order, int[] key, int[] start) {
        if (order == null) {
            for (int value : key) {
                start[value + 1]++;
            }
        } else {
            for (int at : order) {
                start[key[at] + 1]++;
            }
        }
        for (int t = 1; t < start.length; t++) {
            start[t] += start[t - 1];
        }
    }

    private static int[] identity(int n) {
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = i;
        }
        return positions;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
