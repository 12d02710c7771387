package io.sanshen.review;

import io.sanshen.diag.Text;

/** Why an approval record does not count. Every ignored record carries one. */
public enum IgnoreReason {
    UNSIGNED("未签名（变基或压缩合并会丢失签名）", "not signed (rebase and squash merges drop signatures)"),
    BAD_SIGNATURE("签名无效", "bad signature"),
    UNKNOWN_KEY("签名密钥未在已批准的站点配置中登记", "signing key not registered in the approved site config"),
    REVOKED_KEY("审核人的密钥已吊销或尚未生效", "the reviewer's key is revoked or not yet valid"),
    WRONG_UNIT("审核人不属于该栏目的责任单位", "reviewer is not in the unit owning the column"),
    WRONG_ROLE("审核人不具备该级别的角色", "reviewer does not hold the role for that level"),
    SELF_APPROVAL("作者不得审核自己的稿件", "authors may not approve their own content"),
    LEVEL_SKIPPED("缺少上一级审核（上一级记录须为其祖先提交）", "previous level missing (must be an ancestor commit)"),
    SAME_PERSON("同一人在该版本上已担任其他级别", "the same person already filled another level for this version"),
    STALE_BLOB("记录所指内容与该提交中的文件不一致", "the named blob is not the file's content in that commit"),
    CHANGES_FILES("审核提交同时修改了文件", "approval commit also changes files"),
    SQUASHED("审核记录被压缩进内容提交（压缩合并或变基）", "approval record squashed into a content commit (squash or rebase)"),
    POLICY_NOT_APPROVED("站点配置的修改未经管理员批准", "policy change not approved by admins"),
    POLICY_ROLLBACK("新策略的 version 未增大", "policy version does not grow"),
    NOT_ADMIN("策略文件只能由管理员批准", "policy files are approved by admins only"),
    NOT_COVERED("该路径不属于任何栏目或策略文件", "the path belongs to no column or policy file"),
    UNKNOWN_LEVEL("策略中没有该审核级别", "the policy has no such level"),
    MALFORMED("审核记录格式错误", "malformed approval record");

    private final String zh;
    private final String en;

    IgnoreReason(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public Text text() {
        return Text.of(zh, en);
    }
}
