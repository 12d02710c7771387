package io.sanshen.config;

/** A role a reviewer holds in one unit ({@code 单位分管领导} in {@code office}). */
public record RoleGrant(String role, String unitId) {
}
