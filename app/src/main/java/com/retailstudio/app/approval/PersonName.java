package com.retailstudio.app.approval;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Objects;

/**
 * A typed person name and the key that decides whether two names are the same person.
 *
 * <p>On a single-person workspace nobody signs in, so the four-eyes rule can only compare names, and a name that
 * merely looks different ({@code Alice}, {@code "alice "}, a Cyrillic {@code а}, a no-break space, a zero-width
 * space) must not pass for someone else. The key is, in order: NFKC with case folding (which also drops default
 * ignorable code points such as zero-width spaces and joiners), removing the remaining format and control
 * characters, turning every kind of space into one plain space and trimming, then the confusable skeleton of Unicode
 * TR39 ({@link SpoofChecker#getSkeleton}), so letters from other scripts that look alike compare equal.
 *
 * @param typed the name as entered
 */
public record PersonName(String typed) {

    public PersonName {
        Objects.requireNonNull(typed, "typed");
    }

    /** The name as entered. */
    public static PersonName of(String typed) {
        return new PersonName(typed);
    }

    /** True when the two names would pass for the same person once spelling, spacing and look-alikes are ignored. */
    public boolean samePersonAs(PersonName other) {
        return key().equals(other.key());
    }

    /** True when {@code a} and {@code b} name the same person. */
    public static boolean samePerson(String a, String b) {
        return of(a).samePersonAs(of(b));
    }

    /** True when nothing visible is left of the name (only spaces and invisible characters). */
    public boolean isBlank() {
        return visible().isEmpty();
    }

    /** The comparison key: the TR39 skeleton of the folded, cleaned name. */
    public String key() {
        return Unicode.SPOOF.getSkeleton(visible());
    }

    /** The name folded and cleaned, before the skeleton: what is left when case and invisible characters go. */
    String visible() {
        String folded = Unicode.NFKC_CASEFOLD.normalize(typed);
        StringBuilder cleaned = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = cleaned.length() > 0;
            } else if (!invisible(c)) {
                if (pendingSpace) {
                    cleaned.append(' ');
                    pendingSpace = false;
                }
                cleaned.appendCodePoint(c);
            }
        }
        return cleaned.toString();
    }

    /** Format (Cf), control (Cc), unassigned and private-use characters draw nothing a reader could tell apart. */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    /**
     * The name with every character a reader cannot see or tell from a plain space written as {@code <U+200B>}, so a
     * refusal shows what was typed.
     */
    public String shown() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < typed.length(); ) {
            int c = typed.codePointAt(i);
            i += Character.charCount(c);
            boolean plain = c == ' ' || (c < 0x7F && c > 0x20);
            if (plain || (Character.isLetterOrDigit(c) && c < 0x250)) {
                text.appendCodePoint(c);
            } else {
                text.append(String.format("<U+%04X>", c));
            }
        }
        return text.toString();
    }

    /** ICU's data is loaded on the first comparison (an approval), not when the application starts. */
    private static final class Unicode {
        static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
        static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    }
}
