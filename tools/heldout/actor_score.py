#!/usr/bin/env python3
# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Scores two reviewers' verdicts on a sample's actor items (see prompt-actors.md).

usage: actor_score.py SAMPLE_DIR JUDGE_1 JUDGE_2 [--list]

Prints, per reviewer and per category (the reviewer's own), how many actor codes were right,
and how often the two reviewers agree on right / not right. With --list, every item that either
reviewer did not call right, with both verdicts and notes.
"""
import collections
import json
import sys

CATEGORIES = ["person", "capital", "armed_group", "role_description", "country", "organisation", "other"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return {j["item"]: j for j in map(json.loads, f)}


def main(sample, j1, j2, listing):
    with open(f"{sample}/actor-items.jsonl", encoding="utf-8") as f:
        items = {i["item"]: i for i in map(json.loads, f)}
    judges = [load(j1), load(j2)]
    for n, j in enumerate(judges, 1):
        missing = set(items) - set(j)
        if missing:
            sys.exit(f"reviewer {n} has no verdict for items {sorted(missing)[:10]}")
    print(f"{len(items)} actor items")
    print("category          reviewer 1          reviewer 2")
    for cat in CATEGORIES + ["all"]:
        cells = []
        for j in judges:
            rows = [v for v in j.values() if cat == "all" or v["category"] == cat]
            right = sum(v["verdict"] == "right" for v in rows)
            cells.append(f"{right:3d}/{len(rows):3d} {100 * right / len(rows):5.1f}%" if rows else "      -       ")
        print(f"{cat:17s} {cells[0]:19s} {cells[1]}")
    verdicts = collections.Counter()
    for j in judges:
        verdicts.update(v["verdict"] for v in j.values())
    print("verdicts (both reviewers):", dict(verdicts))
    agree = sum((judges[0][i]["verdict"] == "right") == (judges[1][i]["verdict"] == "right") for i in items)
    both = sum(judges[0][i]["verdict"] == "right" and judges[1][i]["verdict"] == "right" for i in items)
    print(f"agreement on right / not right: {agree}/{len(items)} ({100 * agree / len(items):.1f}%);"
          f" right for both: {both}")
    if listing:
        for i in sorted(items):
            a, b = judges[0][i], judges[1][i]
            if a["verdict"] == "right" and b["verdict"] == "right":
                continue
            it = items[i]
            print(f"\n#{i} {it['doc']} {it['event_date']} [{it['role_in_act']}] '{it['text']}' {it['code']}")
            print(f"   {it['sentence'][:240]}")
            for n, v in enumerate((a, b), 1):
                print(f"   r{n}: {v['category']} {v['verdict']} → {v['expected']}  {v.get('note', '')[:200]}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--list"]
    if len(args) != 3:
        sys.exit(__doc__)
    main(*args, "--list" in sys.argv)
