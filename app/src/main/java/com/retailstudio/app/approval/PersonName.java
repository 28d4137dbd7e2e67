package com.retailstudio.app.approval;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Objects;

/**
 * A typed person name and the key that decides whether two names are the same person.
 *
 * <p>On a single-person workspace nobody signs in, so the four-eyes rule can only compare names, and a name that
 * merely looks different ({@code Alice}, {@code "alice "}, a Cyrillic {@code а}, a no-break space, a zero-width
 * space) must not pass for someone else. The name is first cleaned: NFKC with case folding (which also drops default
 * ignorable code points such as zero-width spaces and joiners), then every remaining format, control or unassigned
 * character and every kind of space (plain, no-break, figure, ideographic ...) is removed — spacing never tells two
 * people apart. The key is the confusable skeleton of Unicode TR39 ({@link SpoofChecker#getSkeleton}) of that, so
 * letters from other scripts that look alike compare equal. TR39's data is case-sensitive (a capital {@code I} is
 * confusable with {@code l}, a small {@code i} is not), so two names are also the same when the case-folded skeletons
 * of their uncased forms agree: {@code aIice} is alice too.
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
        return key().equals(other.key()) || casedKey().equals(other.casedKey());
    }

    /** True when {@code a} and {@code b} name the same person. */
    public static boolean samePerson(String a, String b) {
        return of(a).samePersonAs(of(b));
    }

    /** True when nothing visible is left of the name (only spaces and invisible characters). */
    public boolean isBlank() {
        return visible().isEmpty();
    }

    /** The comparison key: the TR39 skeleton of the case-folded, cleaned name. */
    public String key() {
        return Unicode.SPOOF.getSkeleton(visible());
    }

    /** The skeleton taken before case folding (where a capital I is an l), then folded. */
    String casedKey() {
        return Unicode.NFKC_CASEFOLD.normalize(Unicode.SPOOF.getSkeleton(cleaned(Unicode.NFKC.normalize(typed))));
    }

    /** The name folded and cleaned, before the skeleton: what is left when case, spaces and invisible characters go. */
    String visible() {
        return cleaned(Unicode.NFKC_CASEFOLD.normalize(typed));
    }

    private static String cleaned(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !invisible(c)
                    && !UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
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
        static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
        static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    }
}
