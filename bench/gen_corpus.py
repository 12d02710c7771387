#!/usr/bin/env python3
"""Generates a synthetic Sanshen site with N items for benchmarks (stdlib only, deterministic for a given seed).

Usage: gen_corpus.py N OUT_DIR [--repo REPO_ROOT] [--seed S]

The site copies site-config.yml, templates/, rules/ and the column _index.md files of the repository, then writes
N items spread over the columns with full 政府信息公开 front matter, Chinese body text composed from a vocabulary
of government phrases, headings, lists, tables with consistent totals and relative links to earlier items.
The text is written to pass the default checks (no markings, no PII, 文号 in GB/T 9704 form quoted in the body),
so that check and build do the same work they would on a clean real portal.
"""
import argparse
import os
import random
import shutil

SUBJECTS = ["区政府", "区政府办公室", "区发展和改革委员会", "区财政局", "区教育局", "区住房和城乡建设局",
            "区市场监督管理局", "区应急管理局", "区数据局", "各街道办事处", "区人力资源和社会保障局"]
VERBS = ["深入贯彻落实", "扎实推进", "持续深化", "全面加强", "统筹做好", "着力提升", "稳步推进", "认真组织实施",
         "切实抓好", "不断完善"]
OBJECTS = ["优化营商环境各项改革措施", "老旧小区改造和城市更新工作", "安全生产专项整治三年行动",
           "政务公开标准化规范化建设", "一网通办政务服务能力", "义务教育优质均衡发展", "就业优先政策",
           "制造业高质量发展", "民生实事项目", "防汛防台和森林防火工作", "数字政府建设", "基层治理体系建设",
           "农村人居环境整治", "消费品以旧换新政策", "食品安全监督检查", "重大项目建设"]
ENDS = ["确保各项任务按时保质完成", "切实增强人民群众的获得感和满意度", "为全区经济社会高质量发展提供有力保障",
        "推动各项政策措施落地见效", "形成一批可复制可推广的经验做法", "不断提升政府治理能力和水平",
        "坚决守住安全发展底线", "努力实现全年目标任务"]
CONNECTORS = ["会议指出，", "会议强调，", "下一步，", "同时，", "此外，", "据统计，", "截至目前，", ""]
DATA = ["全区累计完成投资{a}万元，同比增长{p}%。", "共组织专项检查{n}次，发现并整改问题{m}个。",
        "新增就业岗位{n}个，开展职业技能培训{m}人次。", "办理政务服务事项{a}件，按时办结率{p}%。",
        "新建改建道路{n}公里，惠及居民{a}户。"]
HEADINGS = ["一、总体要求", "二、主要任务", "三、保障措施", "四、工作安排", "五、组织实施"]
TOPICS = ["综合政务", "国民经济管理、国有资产监管", "财政、金融、审计", "城乡建设、环境保护", "工业、交通",
          "市场监管、安全生产监管", "科技、教育", "劳动、人事、监察", "民政、扶贫、救灾"]
CATEGORIES = ["规划计划", "政策文件", "财政资金", "重点领域", "政务动态"]
# column id -> (path, publisher, credit code, genre, title suffix, doc-code prefix or None)
COLUMNS = [
    ("news", "news", "区政府办公室", "11320199014170107R", "工作动态", "", None),
    ("notices", "notices", "区政府办公室", "11320199014170107R", "通知", "的通知", "示政办发"),
    ("policies", "policies", "区政府办公室", "11320199014170107R", "意见", "的实施意见", "示政发"),
    ("interpretation", "interpretation", "区政府办公室", "11320199014170107R", "政策解读", "政策解读", None),
    ("czzj", "xxgk/czzj", "区财政局", "11320199014170369H", "预决算", "情况公开", None),
    ("rsxx", "xxgk/rsxx", "区人力资源和社会保障局", "113201990141704495", "招聘公告", "招聘公告", None),
    ("ghjh", "xxgk/ghjh", "区发展和改革委员会", "11320199014170289X", "规划计划", "工作计划", None),
    ("jgzn", "xxgk/jgzn", "区政府办公室", "11320199014170107R", "机构职能", "主要职责", None),
]


def sentence(r):
    s = r.choice(CONNECTORS) + r.choice(SUBJECTS) + r.choice(VERBS) + r.choice(OBJECTS) + "，" + r.choice(ENDS) + "。"
    if r.random() < 0.35:
        s += r.choice(DATA).format(a=r.randint(100, 99999), p=round(r.uniform(1, 30), 1), n=r.randint(2, 400),
                                   m=r.randint(1, 300))
    return s


def paragraph(r, n):
    return "".join(sentence(r) for _ in range(n))


def table(r):
    rows = [(r.choice(OBJECTS)[:8], r.randint(10, 900)) for _ in range(r.randint(3, 6))]
    total = sum(v for _, v in rows)
    out = ["| 项目 | 数量（个） |", "| --- | ---: |"]
    out += ["| %s | %d |" % row for row in rows]
    out.append("| 合计 | %d |" % total)
    return "\n".join(out)


def item(r, i, col, year, seq, links):
    cid, path, publisher, credit, genre, suffix, code = col
    month, day = r.randint(1, 12), r.randint(1, 28)
    topic_obj = r.choice(OBJECTS)
    title = "%s关于%s%s" % (publisher, topic_obj, suffix) if suffix else "%s%s%s" % (r.choice(SUBJECTS), r.choice(VERBS), topic_obj)
    title = title[:38]
    created_day = max(1, day - r.randint(0, 5))
    fm = ["---", "title: " + title, "index-no: %s/%d-%05d" % (credit, year, seq), "publisher: " + publisher,
          "source: " + publisher, "created: %d-%02d-%02d" % (year, month, created_day),
          "date: %d-%02d-%02d" % (year, month, day)]
    doc_no = None
    if code:
        doc_no = "%s〔%d〕%d号" % (code, year, seq)
        fm.append("doc-no: " + doc_no)
    fm += ["topic: " + r.choice(TOPICS), "genre: " + genre, "category: " + r.choice(CATEGORIES),
           "disclosure: 主动公开", "tags: [%s]" % ", ".join(r.sample(["营商环境", "民生", "安全生产", "政务公开", "教育", "就业"], 2)),
           "summary: " + sentence(r), "---"]
    body = []
    if doc_no:
        body.append(doc_no + "\n")
    body.append(paragraph(r, r.randint(2, 4)) + "\n")
    for h in HEADINGS[:r.randint(2, 5)]:
        body.append("## " + h + "\n")
        body.append(paragraph(r, r.randint(2, 5)) + "\n")
        if r.random() < 0.3:
            body.append("\n".join("%d. %s" % (k + 1, sentence(r)) for k in range(r.randint(2, 4))) + "\n")
    if r.random() < 0.5:
        body.append("主要工作量统计如下：\n\n" + table(r) + "\n")
    if links:
        src = os.path.join("content", path)
        refs = ["[%s](%s)" % (t, os.path.relpath(p, src)) for p, t in r.sample(links, min(len(links), r.randint(1, 3)))]
        body.append("相关信息：" + "；".join(refs) + "。\n")
    slug = "%d-%02d-%02d-item-%06d" % (year, month, day, i)
    return os.path.join("content", path, slug + ".md"), title, "\n".join(fm) + "\n" + "\n".join(body)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--repo", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    ap.add_argument("--seed", type=int, default=20260101)
    # item dates spread evenly over these years (bench/run.sh inspect: 10 years)
    ap.add_argument("--first-year", type=int, default=2018)
    ap.add_argument("--years", type=int, default=7)
    a = ap.parse_args()
    r = random.Random(a.seed)
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    shutil.copy(os.path.join(a.repo, "site-config.yml"), a.out)
    for d in ("templates", "rules"):
        if os.path.isdir(os.path.join(a.repo, d)):
            shutil.copytree(os.path.join(a.repo, d), os.path.join(a.out, d))
    for root, _, files in os.walk(os.path.join(a.repo, "content")):
        if "_index.md" in files:
            rel = os.path.relpath(root, a.repo)
            os.makedirs(os.path.join(a.out, rel), exist_ok=True)
            shutil.copy(os.path.join(root, "_index.md"), os.path.join(a.out, rel))
    seqs = {}
    recent = []
    size = 0
    for i in range(a.n):
        col = COLUMNS[i % len(COLUMNS)]
        year = a.first_year + (i * a.years // max(1, a.n))
        key = (col[3], year)
        seqs[key] = seqs.get(key, 0) + 1
        path, title, text = item(r, i, col, year, seqs[key], recent)
        full = os.path.join(a.out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        data = text.encode("utf-8")
        size += len(data)
        with open(full, "wb") as f:
            f.write(data)
        recent.append((path, title))
        if len(recent) > 200:
            recent.pop(0)
    print("generated %d items (%.1f MB of Markdown) in %s" % (a.n, size / 1e6, a.out))


if __name__ == "__main__":
    main()
