"""Compares two statistics answers of the demo district's copies: equal once ids, paths, the copy's code prefix and
its root name are normalized. Prints the differences and exits 1 when they differ.

    same_figures.py FIRST.json COPY.json COPY_CODE MODULE
"""
import difflib
import json
import re
import sys

# keys whose numbers are row ids (different in every copy); "unit" also names units of measure, so only numbers go
ID_KEYS = re.compile(r"^(id|unit|unitId|subtreeOf|version)$|Id$")
# how an answer was made, not what it says: the time its figures took and whether they came from the cache
MADE_KEYS = {"costMillis", "cached"}


def is_id(key, value):
    if key == "path" or key.endswith("Ids"):
        return True
    return ID_KEYS.search(key) is not None and (isinstance(value, int) and not isinstance(value, bool))


def normalize(value, code):
    if isinstance(value, dict):
        # keys may be codes too (a figure broken down by grid: {"JC02-P01-G01": ...})
        return {normalize(k, code): ("#" if is_id(k, v) else normalize(v, code)) for k, v in value.items()
                if k not in MADE_KEYS}
    if isinstance(value, list):
        return [normalize(v, code) for v in value]
    if isinstance(value, str):
        text = value.replace(code + "-", "JNGX-")
        text = text if text != code else "JNGX"
        return re.sub(r"（副本\d+）", "", text)
    return value


def main():
    first_file, copy_file, code, module = sys.argv[1:5]
    with open(first_file, encoding="utf-8") as f:
        first = normalize(json.load(f), "JNGX")
    with open(copy_file, encoding="utf-8") as f:
        copy = normalize(json.load(f), code)
    if first == copy:
        return 0
    a = json.dumps(first, ensure_ascii=False, indent=1, sort_keys=True).splitlines()
    b = json.dumps(copy, ensure_ascii=False, indent=1, sort_keys=True).splitlines()
    print(f"{module}: {code}'s figures differ from JNGX's:")
    for line in list(difflib.unified_diff(a, b, "JNGX", code, lineterm="", n=2))[:60]:
        print("  " + line)
    return 1


if __name__ == "__main__":
    sys.exit(main())
