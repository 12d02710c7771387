/**
 * The one entry point that runs a build's named phases in order — config, content, check, select, render, write — and
 * reports what was published, what was left out and why. Failures carry the phase they happened in.
 */
package io.sanshen.build;
