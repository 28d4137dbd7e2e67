package com.retailstudio.ui;

import com.retailstudio.testsupport.SlowTagCheck;

/** This module's tests that start the JavaFX toolkit are tagged slow, so the fast suite leaves them out. */
class SlowTagsTest extends SlowTagCheck {
}
