package io.sanshen.config;

import io.sanshen.diag.SourcePos;

/**
 * 责任单位: an office responsible for some columns and their reviewers. {@code creditCode} prefixes 索引号;
 * {@code nameEn} is its English name ({@code name-en}, the Chinese name when not configured).
 */
public record Unit(String id, String name, String nameEn, String creditCode, SourcePos pos) {
}
