#!/usr/bin/env python3
"""Writes the CSV files of core's real-world spreadsheet fixtures (src/test/resources/spreadsheets).

Each file holds two members of the unit coded FX-BRANCH, with ID numbers of their own (address 440305), in the
encodings and shapes people's programs save: UTF-8 with and without a byte order mark, GBK, GB18030 with characters
outside GBK, trailing empty rows. Run it from this directory; the XLSX files come from MakeXlsxFixtures.java.
"""
import datetime
import os

HEADERS = ["姓名", "性别", "民族", "出生日期", "公民身份号码", "学历", "联系电话", "党员类别", "入党日期", "转正日期",
           "所在党组织编码", "职务岗位", "党员状态", "流动去向", "居住社区编码", "标签"]
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
OUT = os.path.join("..", "resources", "spreadsheets")
UNIT = "FX-BRANCH"


def id_number(birth, sequence):
    first17 = "440305" + birth.strftime("%Y%m%d") + "%03d" % sequence
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def member(name, birth, sequence, tags="", post="党员"):
    male = sequence % 2 == 1
    joined = datetime.date(birth.year + 25, birth.month, min(birth.day, 28))
    full = joined.replace(year=joined.year + 1)
    return [name, "男" if male else "女", "汉族", birth.isoformat(), id_number(birth, sequence), "本科", "13800138000",
            "正式党员", joined.isoformat(), full.isoformat(), UNIT, post, "正常", "", "", tags]


def csv_line(cells):
    return ",".join('"' + c.replace('"', '""') + '"' if any(x in c for x in ',"\n') else c for c in cells)


def write(name, rows, encoding, bom=False, trailing=""):
    text = "\r\n".join(csv_line(r) for r in [HEADERS] + rows) + "\r\n" + trailing
    data = text.encode(encoding)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + data)


d = datetime.date
write("members-utf8.csv", [member("陈建华", d(1975, 3, 8), 11), member("林晓燕", d(1982, 11, 23), 12, "志愿者")], "utf-8")
# Excel's "CSV UTF-8": a byte order mark, CRLF, and the empty rows of formatted cells below the data
write("members-utf8-bom.csv", [member("黄志强", d(1970, 6, 1), 21), member("周丽", d(1988, 2, 29), 22)], "utf-8",
      bom=True, trailing=("," * 15 + "\r\n") * 3 + "\r\n")
# Excel's plain "CSV" on Chinese Windows: GBK; a quoted cell with a comma in it
write("members-gbk.csv", [member("欧阳明", d(1965, 12, 31), 31, "骑手、快递员", "支部委员,宣传委员"),
                          member("司马云", d(1979, 7, 1), 32, "退役军人")], "gbk")
# newer Windows saves GB18030: 䶮 (U+4DAE) and 𠮷 (U+20BB7) are outside GBK
write("members-gb18030.csv", [member("王䶮", d(1984, 5, 4), 41), member("𠮷祥", d(1990, 10, 1), 42)], "gb18030")
