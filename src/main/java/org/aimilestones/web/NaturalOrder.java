package org.aimilestones.web;

import java.util.Comparator;

/**
 * Orders texts as a reader does: runs of digits by their value, the rest ignoring case, so "Cue 2" comes before
 * "Cue 10" and "Slide 6: …" before "Slide 10: …" (as text, "1" sorts before "6"). Used wherever the pages sort by
 * label.
 */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean digitA = Character.isDigit(a.charAt(i));
            boolean digitB = Character.isDigit(b.charAt(j));
            int endA = run(a, i, digitA);
            int endB = run(b, j, digitB);
            int c = digitA && digitB ? compareNumbers(a, i, endA, b, j, endB) : compareText(a, i, endA, b, j, endB);
            if (c != 0) {
                return c;
            }
            i = endA;
            j = endB;
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    /** Compares a[i, endA) with b[j, endB) ignoring case, as String.compareTo of their lower-case forms does. */
    private static int compareText(String a, int i, int endA, String b, int j, int endB) {
        while (i < endA && j < endB) {
            char x = Character.toLowerCase(a.charAt(i++));
            char y = Character.toLowerCase(b.charAt(j++));
            if (x != y) {
                return x - y;
            }
        }
        return (endA - i) - (endB - j);
    }

    /** Compares two runs of digits by value, however long. */
    private static int compareNumbers(String a, int i, int endA, String b, int j, int endB) {
        while (i < endA - 1 && a.charAt(i) == '0') {
            i++;
        }
        while (j < endB - 1 && b.charAt(j) == '0') {
            j++;
        }
        int byLength = Integer.compare(endA - i, endB - j);
        if (byLength != 0) {
            return byLength;
        }
        while (i < endA) {
            int c = Character.compare(a.charAt(i++), b.charAt(j++));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int run(String s, int from, boolean digits) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

}
