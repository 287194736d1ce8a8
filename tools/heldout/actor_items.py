#!/usr/bin/env python3
# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Actor items for review: every actor of Dyad's counted events in a held-out sample.

usage: actor_items.py SAMPLE_DIR DYAD_EVENTS SEED

Writes SAMPLE_DIR/actor-items.jsonl (one item per distinct mention and code: what the
reviewers judge) and SAMPLE_DIR/actor-articles.txt (the articles, for context). The order is
shuffled with SEED so that an article's items are not read in a row.
"""
import json
import random
import sys


def main(sample, events_file, seed):
    docs = {}
    with open(f"{sample}/input.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs[d["id"]] = d
    items = {}
    with open(events_file, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            if not e.get("counted"):
                continue
            for slot, other in (("source", "target"), ("target", "source")):
                code = e.get(slot)
                text = e.get(slot + "_text")
                if code is None or text is None:
                    continue
                key = (e["doc"], e["sentence_index"], text, code)
                if key in items:
                    continue
                items[key] = {
                    "doc": e["doc"],
                    "article_date": docs[e["doc"]].get("date"),
                    "event_date": e.get("date"),
                    "sentence": e["sentence"],
                    "act": e["code_name"],
                    "trigger": e.get("trigger"),
                    "role_in_act": slot,
                    "other_participant": e.get(other + "_text"),
                    "text": text,
                    "code": code,
                }
    rows = list(items.values())
    random.Random(seed).shuffle(rows)
    with open(f"{sample}/actor-items.jsonl", "w", encoding="utf-8") as out:
        for n, r in enumerate(rows, 1):
            out.write(json.dumps({"item": n, **r}, ensure_ascii=False) + "\n")
    with open(f"{sample}/actor-articles.txt", "w", encoding="utf-8") as out:
        for d in docs.values():
            out.write(f"=== {d['id']} ({d.get('date')}) {d.get('title') or ''}\n{d['text']}\n\n")
    print(f"{len(rows)} items from {len(docs)} articles")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
