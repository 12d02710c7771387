/**
 * The site's configuration ({@code site-config.yml}) decoded once into typed, immutable values: site identity,
 * units (责任单位), columns (栏目), navigation and vocabularies. Every mistake is a finding at file:line:col.
 */
package io.sanshen.config;
