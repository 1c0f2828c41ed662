package org.aimilestones.web;

import java.util.Comparator;
import java.util.Locale;

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
            String x = a.substring(i, endA);
            String y = b.substring(j, endB);
            int c = digitA && digitB ? compareNumbers(x, y)
                    : x.toLowerCase(Locale.ROOT).compareTo(y.toLowerCase(Locale.ROOT));
            if (c != 0) {
                return c;
            }
            i = endA;
            j = endB;
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static int run(String s, int from, boolean digits) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    /** Compares two runs of digits by value, however long. */
    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        int byLength = Integer.compare(a.length(), b.length());
        return byLength != 0 ? byLength : a.compareTo(b);
    }
}
