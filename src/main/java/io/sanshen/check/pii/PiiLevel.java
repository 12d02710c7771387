package io.sanshen.check.pii;

/** How bad an unmasked hit is: a BLOCKER stops publication, a WARNING asks the reviewer to look. */
public enum PiiLevel {
    BLOCKER, WARNING
}
