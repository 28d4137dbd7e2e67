/**
 * Annotations that exempt one class from an architecture rule, with the reason on the class itself rather than in a
 * list of names inside the rule (the rules live in the test-support module).
 */
package com.retailstudio.data.architecture;
