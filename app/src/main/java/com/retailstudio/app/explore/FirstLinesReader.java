package com.retailstudio.app.explore;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** A reader that ends after a number of lines, so the head of a very large file is read without the rest. */
final class FirstLinesReader extends FilterReader {

    private int linesLeft;

    FirstLinesReader(Reader in, int lines) {
        super(in);
        this.linesLeft = lines;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (linesLeft <= 0) {
            return -1;
        }
        int read = super.read(buffer, offset, length);
        for (int i = 0; i < read; i++) {
            if (buffer[offset + i] == '\n' && --linesLeft == 0) {
                return i + 1;
            }
        }
        return read;
    }
}
