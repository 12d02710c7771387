/**
 * The 审核台账 (audit ledger) and the printable approval forms. {@link io.sanshen.ledger.LedgerReader} walks the
 * history reachable from the reviewed HEAD and lists every record the review engine counts (approval, rejection,
 * withdrawal) plus one publication row per item version at the moment it became fully approved; records the engine
 * ignores are kept apart. Writers turn a {@link io.sanshen.ledger.Ledger} into CSV, XLSX or HTML;
 * {@link io.sanshen.ledger.FormBuilder} and {@link io.sanshen.ledger.FormHtml} fill the 发布审批表, 保密审查表 and
 * 失效审批表 of the district's regulations from the signed records.
 *
 * <p>Allowed imports: diag, yaml, config, content, review, review.signature.
 */
package io.sanshen.ledger;
