package com.retailstudio.app.launcher;

/** Lives in the stand-in's library jar ({@code app/target/lib}), like the application's dependencies. */
record StandInShelf(String aisle) {

    String label() {
        return "shelf in " + aisle;
    }
}
