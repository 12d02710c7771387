/**
 * The shipped content rules, one small class each, named after what they find, all registered in
 * {@code StandardRules}. Rules compile their patterns once in the constructor and report positions from the
 * parsers (front matter field positions, Flexmark node offsets), never by searching the text again afterwards.
 */
package io.sanshen.check.rules;
