# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Draws a held-out sample of political news articles with a fixed seed.

Usage: python3 draw.py DOCS.jsonl SEED OUT_DIR [--exclude IDS.txt ...] [--n 40] [--min-len 300] [--max-len 4000]
       [--min-political 6]
Keeps bodies of 300-4,000 characters with at least six political words (--min-political), at most three words of
market reports and at most two of sports, drops repeats of an opening, leaves out the ids of
earlier samples, and draws N. Writes OUT_DIR/input.jsonl (id, date, text; no headline) and
OUT_DIR/ids.txt.
"""
import argparse
import json
import os
import random
import re

POLITICAL = set("""government minister ministers president prime military army troops soldiers talks negotiations
sanctions rebels rebel police attack attacks killed parliament election opposition embassy ambassador diplomatic
diplomat treaty security council nuclear protest protesters war ceasefire peace accord agreement leader leaders
foreign defence defense militants insurgents bomb bombing border envoy summit visit delegation cooperation
condemned accused urged demanded warned threatened refugees aid hostages arrested sovereignty coalition
regime militia guerrillas occupation invasion airstrike missile weapons""".split())
MARKETS = set("""profit profits earnings revenue revenues dividend shares stocks index quarter quarterly turnover
trading investors percent""".split())
SPORTS = set("""match goal goals cup tournament coach league olympic olympics championship striker medal
football soccer tennis cricket""".split())


def count(words, text):
    return sum(1 for w in re.findall(r"[a-z]+", text.lower()) if w in words)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('docs')
    ap.add_argument('seed', type=int)
    ap.add_argument('out')
    ap.add_argument('--exclude', action='append', default=[])
    ap.add_argument('--n', type=int, default=40)
    ap.add_argument('--min-len', type=int, default=300)
    ap.add_argument('--max-len', type=int, default=4000)
    ap.add_argument('--min-political', type=int, default=6)
    a = ap.parse_args()
    used = set()
    for f in a.exclude:
        used.update(x.strip() for x in open(f) if x.strip())
    docs = [json.loads(l) for l in open(a.docs)]
    cands = [d for d in docs if a.min_len <= len(d['text']) <= a.max_len and count(POLITICAL, d['text']) >= a.min_political
             and count(MARKETS, d['text']) <= 3 and count(SPORTS, d['text']) <= 2]
    seen, uniq = set(), []
    for d in sorted(cands, key=lambda d: d['id']):
        key = re.sub(r'\W+', ' ', d['text'][:300].lower())
        if key not in seen:
            seen.add(key)
            if d['id'] not in used:
                uniq.append(d)
    pick = sorted(random.Random(a.seed).sample(uniq, a.n), key=lambda d: d['id'])
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, 'input.jsonl'), 'w') as f:
        for d in pick:
            f.write(json.dumps({'id': d['id'], 'date': d['date'], 'text': d['text']}) + '\n')
    with open(os.path.join(a.out, 'ids.txt'), 'w') as f:
        f.write('\n'.join(d['id'] for d in pick) + '\n')
    print(len(docs), 'articles,', len(cands), 'candidates,', len(uniq), 'left after repeats and exclusions')


if __name__ == '__main__':
    main()
