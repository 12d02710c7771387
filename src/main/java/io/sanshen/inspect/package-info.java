/**
 * 网站检查 (inspection): what the national 政府网站与政务新媒体检查指标 look at, computed from the review log and the
 * published content — column freshness against {@code update-days} and the single-veto (单项否决) conditions,
 * publishing per unit and column, review timeliness, rejections and withdrawals, back-dating, the checks' findings
 * over the published site, and the same measures at the end of past months. {@link io.sanshen.inspect.Inspector} runs
 * it; {@link io.sanshen.inspect.InspectionHtml}, {@link io.sanshen.inspect.InspectionJson} and
 * {@link io.sanshen.inspect.InspectionXlsx} write it. It reads the review engine's log and never decides what is
 * approved or published itself.
 *
 * <p>Allowed imports: diag, config, content, review, check, check.rules, build (the reviewers' waivers, as the build
 * applies them).
 */
package io.sanshen.inspect;
