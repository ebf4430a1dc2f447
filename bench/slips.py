#!/usr/bin/env python3
"""EcoAssessment: draws up the slips a clerk makes with the provincial 2024 sample and runs `eco evaluate` on each.
Usage: slips.py ECO_DLL SAMPLES_DIR. A slip is CAUGHT when the run stops (exit != 0) or reads the data right (results
byte-identical to the sample's own); for the credibility slips (kind 'warn') also when a warning names it. Otherwise
SILENT: exit 0 with other ratings and nothing printed in full about it."""
import csv, io, os, re, shutil, subprocess, sys, tempfile, zipfile

ECO, SAMPLES = sys.argv[1], sys.argv[2]
SRC = os.path.join(SAMPLES, "provincial-eco-2024")
BOOK = os.path.join(SAMPLES, "provincial-eco-2024.xlsx")
tmp = tempfile.mkdtemp(prefix="slips-")

def run(args):
    out = os.path.join(tmp, "out.csv")
    if os.path.exists(out): os.remove(out)
    p = subprocess.run(["dotnet", ECO, "evaluate", *args, "-o", out], capture_output=True, text=True)
    res = open(out, encoding="utf-8").read() if p.returncode == 0 and os.path.exists(out) else None
    return p.returncode, res, p.stderr

def folder(name):
    d = os.path.join(tmp, name)
    shutil.copytree(SRC, d, ignore=shutil.ignore_patterns("expected", "README.md"))
    return d

def edit(path, fn):
    with open(path, encoding="utf-8-sig", newline="") as f: rows = list(csv.reader(f))
    rows = fn(rows)
    with open(path, "w", encoding="utf-8", newline="") as f: csv.writer(f, lineterminator="\n").writerows(rows)

def col(rows, name): return rows[0].index(name)

def set_first(table, pred, column, value):
    def fn(rows):
        c = col(rows, column)
        for r in rows[1:]:
            if pred(rows[0], r): r[c] = value; break
        return rows
    return fn

def replace_all(table, column, old, new):
    def fn(rows):
        c = col(rows, column)
        for r in rows[1:]:
            if r[c] == old: r[c] = new
        return rows
    return fn

def rename_header(old, new):
    def fn(rows):
        rows[0][col(rows, old)] = new
        return rows
    return fn

def book_rename(name, sheets):
    dst = os.path.join(tmp, name + ".xlsx")
    with zipfile.ZipFile(BOOK) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/workbook.xml":
                text = data.decode("utf-8")
                for a, b in sheets.items(): text = text.replace(f'name="{a}"', f'name="{b}"')
                data = text.encode("utf-8")
            zout.writestr(item, data)
    return dst

_, ORIGINAL, _ = run([SRC])
_, ORIGINAL_BOOK, _ = run([BOOK])

def slip_rename(table_file, new):
    def make(d): os.rename(os.path.join(d, table_file), os.path.join(d, new))
    return make

def slip_edit(table_file, fn):
    def make(d): edit(os.path.join(d, table_file), fn)
    return make

def finding_pred(form):
    return lambda h, r: r[h.index("form")] == form

SLIPS = [
    # (name, kind, maker(folder) or None, extra args, warning regex for 'warn')
    ("findings sheet named 执纪台账", "same", slip_rename("findings.csv", "执纪台账.csv"), [], None),
    ("findings under an unknown name 我局执纪记录", "same", slip_rename("findings.csv", "我局执纪记录.csv"), [], None),
    ("meetings named 三会一课台账", "same", slip_rename("meetings.csv", "三会一课台账.csv"), [], None),
    ("members named 党员花名册", "same", slip_rename("members.csv", "党员花名册.csv"), [], None),
    ("assessments named 双强双优考核", "same", slip_rename("assessments.csv", "双强双优考核.csv"), [], None),
    ("study table forgotten", "same", lambda d: os.remove(os.path.join(d, "study.csv")), [], None),
    ("assessments saved as .xlsx in the folder", "same", slip_rename("assessments.csv", "assessments.xlsx"), [], None),
    ("--period 2023 on 2024 records", "same", None, ["--period", "2023"], None),
    ("--previous is this year's own results", "same", None, ["--previous", os.path.join(SAMPLES, "provincial-eco-2024", "expected", "results.csv")], None),
    ("form-4 finding marked 容错免责", "same", slip_edit("findings.csv", set_first("findings", finding_pred("4"), "tolerance", "exempt")), [], None),
    ("form-3 finding marked 从轻", "same", slip_edit("findings.csv", set_first("findings", finding_pred("3"), "tolerance", "lenient")), [], None),
    ("form-3 finding marked 免责", "same", slip_edit("findings.csv", set_first("findings", finding_pred("3"), "tolerance", "exempt")), [], None),
    ("meeting type written 支部大会", "same", slip_edit("meetings.csv", replace_all("meetings", "type", "general_assembly", "支部大会")), [], None),
    ("meeting type written 党小组会议", "same", slip_edit("meetings.csv", replace_all("meetings", "type", "group", "党小组会议")), [], None),
    ("form written 第一种形态", "same", slip_edit("findings.csv", replace_all("findings", "form", "1", "第一种形态")), [], None),
    ("form written 二", "same", slip_edit("findings.csv", replace_all("findings", "form", "2", "二")), [], None),
    ("source written 中央生态环保督察", "same", slip_edit("findings.csv", replace_all("findings", "source", "inspection", "中央生态环保督察")), [], None),
    ("form column captioned 处理结果", "same", slip_edit("findings.csv", rename_header("form", "处理结果")), [], None),
    ("tolerance column captioned 容错情况", "same", slip_edit("findings.csv", rename_header("tolerance", "容错情况")), [], None),
    ("due_date column captioned 整改时限", "same", slip_edit("findings.csv", rename_header("due_date", "整改时限")), [], None),
    ("attendees column captioned 实到人员数", "same", slip_edit("meetings.csv", rename_header("attendees", "实到人员数")), [], None),
    ("findings 我局执纪记录 with a mapping.yaml", "same",
        lambda d: (os.rename(os.path.join(d, "findings.csv"), os.path.join(d, "我局执纪记录.csv")),
                   open(os.path.join(d, "mapping.yaml"), "w", encoding="utf-8").write("tables:\n  我局执纪记录: findings\n")), [], None),
    ("workbook sheet 问题 renamed 执纪台账", "book", {"问题": "执纪台账"}, [], None),
    ("workbook sheet 问题 renamed 我局执纪记录", "book", {"问题": "我局执纪记录"}, [], None),
    ("workbook sheet 会议 renamed 组织生活记录本", "book", {"会议": "组织生活记录本"}, [], None),
    ("the untouched template", "template", None, [], None),
    ("the same meetings in two quarterly files", "warn",
        lambda d: shutil.copy(os.path.join(d, "meetings.csv"), os.path.join(d, "meetings-2024Q2.csv")), [], r"warning ECO0(253|285)"),
    ("attendees above the branch's members", "warn", slip_edit("meetings.csv", set_first("meetings", lambda h, r: r[h.index("attendees")] != "", "attendees", "95")), [], r"warning ECO0(252|284)"),
    ("a meeting dated after the period end", "warn",
        slip_edit("meetings.csv", lambda rows: rows + [[("2025-01-15" if h == "date" else rows[1][i]) for i, h in enumerate(rows[0])]]), ["--period", "2024"], r"warning ECO0283"),
    ("a unit with a single branch (typo in unit)", "warn", slip_edit("branches.csv", set_first("branches", lambda h, r: True, "unit", "浙江省生态环境厅")), [], r"warning ECO0286"),
]

caught = silent = 0
for i, (name, kind, maker, extra, warn) in enumerate(SLIPS):
    if kind == "book":
        ds = book_rename(f"b{i}", maker); original = ORIGINAL_BOOK
    elif kind == "template":
        ds = os.path.join(tmp, "template.xlsx")
        subprocess.run(["dotnet", ECO, "template", "-o", ds], capture_output=True)
        original = None
    else:
        ds = folder(f"s{i}")
        if maker: maker(ds)
        original = ORIGINAL
    code, res, err = run([ds, *extra])
    if code != 0:
        verdict = f"CAUGHT (exit {code})"
    elif kind in ("same", "book") and res == original:
        verdict = "CAUGHT (read right: identical results)"
    elif kind == "warn" and re.search(warn, err):
        verdict = "CAUGHT (warning printed in full)"
    else:
        verdict = "SILENT (exit 0, other ratings)"
    if verdict.startswith("CAUGHT"): caught += 1
    else: silent += 1
    print(f"{i + 1:2d}. {name:48s} {verdict}")
print(f"{caught} of {len(SLIPS)} caught, {silent} silent")
shutil.rmtree(tmp)
