package com.retailstudio.app.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Two typed names are one person when only case, spacing, invisible characters or look-alike letters differ. */
class PersonNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"alice", "Alice", "ALICE", "alice ", " alice", "\u0430lice", "alice\u00A0",
        "ali\u200Bce", "\u00A0Alice\u200D", "al\u0456ce", "\uFF41lice", "alice\t", "\u200Ealice", "a\u00ADlice", "aIice", "ALICE\u00A0", "ali\u00A0ce", "a lice"})
    void everySpellingOfAliceIsAlice(String typed) {
        assertTrue(PersonName.samePerson("alice", typed), PersonName.of(typed).shown());
    }

    @Test
    void carolInCapitalsIsCarol() {
        assertTrue(PersonName.samePerson("carol", "CAROL"));
    }

    @Test
    void differentPeopleStayDifferent() {
        assertFalse(PersonName.samePerson("alice", "bob"));
        assertFalse(PersonName.samePerson("alice", "alicia"));
        assertFalse(PersonName.samePerson("ben", "ken"));
    }

    @Test
    void spacesNeverTellTwoPeopleApartWhateverTheirKind() {
        assertTrue(PersonName.samePerson("ana maria", "Ana\u00A0\u00A0Maria"));
        assertTrue(PersonName.samePerson("ana maria", "ana \u2007 maria"));
        assertTrue(PersonName.samePerson("ana maria", "anamaria"));
        assertTrue(PersonName.samePerson("ana maria", "ana\u3000maria"));
    }

    @Test
    void digitsAndCapitalsThatLookLikeLettersAreThoseLetters() {
        assertTrue(PersonName.samePerson("bob", "B0B"));
        assertTrue(PersonName.samePerson("alice", "a1ice"));
        assertTrue(PersonName.samePerson("noah", "N0AH"));
    }

    @Test
    void aNameOfInvisibleCharactersIsBlank() {
        assertTrue(PersonName.of("\u200B\u00A0 \u2060").isBlank());
        assertFalse(PersonName.of("a").isBlank());
    }

    @Test
    void shownWritesWhatCannotBeSeenAsCodePoints() {
        assertEquals("ali<U+200B>ce", PersonName.of("ali\u200Bce").shown());
        assertEquals("<U+0430>lice", PersonName.of("\u0430lice").shown());
        assertEquals("alice<U+00A0>", PersonName.of("alice\u00A0").shown());
        assertEquals("Zoë", PersonName.of("Zoë").shown());
    }

    @Property
    void disguisingANameNeverMakesSomeoneElse(@ForAll("names") String name, @ForAll("disguises") List<Integer> how) {
        String disguised = name;
        for (int step : how) {
            disguised = disguise(disguised, step);
        }
        assertTrue(PersonName.samePerson(name, disguised), name + " / " + PersonName.of(disguised).shown());
    }

    @Property
    void sameIsSymmetricAndTheKeyIsStable(@ForAll("names") String a, @ForAll("names") String b) {
        assertEquals(PersonName.samePerson(a, b), PersonName.samePerson(b, a));
        PersonName name = PersonName.of(a);
        assertEquals(name.key(), PersonName.of(name.visible()).key());
    }

    @Property
    void namesThatDifferInALetterOrDigitThatLooksDifferentAreDifferentPeople(@ForAll("names") String name,
                                                                           @ForAll("distinctLetters") char[] pair) {
        assertFalse(PersonName.samePerson(name + pair[0], name + pair[1]));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    }

    /** Letters whose TR39 prototypes differ (not l/1/i, not o/0, not rn/m, not vv/w ...). */
    @Provide
    Arbitrary<char[]> distinctLetters() {
        String letters = "abcdefghkpqstxyz";
        return Combinators.combine(Arbitraries.of(letters.chars().mapToObj(c -> (char) c).toList()),
                        Arbitraries.of(letters.chars().mapToObj(c -> (char) c).toList()))
                .filter((x, y) -> x != y).as((x, y) -> new char[] {x, y});
    }

    @Provide
    Arbitrary<List<Integer>> disguises() {
        return Arbitraries.integers().between(0, 7).list().ofMaxSize(4);
    }

    /** One way a name is typed differently or made to look like someone else's. */
    private static String disguise(String name, int how) {
        return switch (how) {
            case 0 -> name.toUpperCase(Locale.ROOT);
            case 1 -> " " + name + "  ";
            case 2 -> name + "\u00A0";
            case 3 -> name.length() < 2 ? name : name.charAt(0) + "\u200B" + name.substring(1);
            case 4 -> name.replace('a', '\u0430').replace('e', '\u0435').replace('o', '\u043E').replace('p', '\u0440');
            case 5 -> "\u2060" + name + "\uFEFF";
            case 6 -> name.chars().mapToObj(c -> String.valueOf(c >= 'a' && c <= 'z' ? (char) (c - 'a' + '\uFF41')
                    : c >= 'A' && c <= 'Z' ? (char) (c - 'A' + '\uFF21') : (char) c))
                    .reduce("", String::concat);
            default -> name.replace('i', '\u0456').replace('c', '\u0441');
        };
    }
}
