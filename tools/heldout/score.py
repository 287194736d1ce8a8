# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Scores a held-out sample: the blind verdicts of two reviewers, and recall against the gold.

Usage: python3 score.py DIR KEY.json DYAD.jsonl PETRARCH.sent-events.jsonl
Reads DIR/judge-1.jsonl, DIR/judge-2.jsonl ({"id", "verdict": RIGHT|ACTOR|ROOT|FALSE, "reason"}),
DIR/gold.jsonl ({"sent": "ID#N", "source", "target", "code"}), DIR/input.jsonl and DIR/parses.json.
Recall: a gold event is matched by a counted event of the same sentence with the same CAMEO root
and the same source and target countries (IGO/NGO by prefix; a gold event with no target takes any).
"""
import collections
import json
import os
import sys

from sentences import find

d, key_file, dyad_file, petr_file = sys.argv[1:5]
EQ = {'ZAR': 'COD', 'PAL': 'PSE', 'SUN': 'RUS', 'KSV': 'KOS', 'XKX': 'KOS'}


def country(code):
    return EQ.get(code[:3], code[:3]) if code else None


key = json.load(open(key_file))
if os.path.exists(os.path.join(d, 'judge-1.jsonl')):
    J = [{json.loads(l)['id']: json.loads(l) for l in open(os.path.join(d, 'judge-%d.jsonl' % i))} for i in (1, 2)]
    agree = sum(1 for k in key if J[0][k]['verdict'] == J[1][k]['verdict'])
    print('items %d, agreement %d (%.0f%%)' % (len(key), agree, 100 * agree / len(key)))
    for coder in ('dyad', 'petrarch'):
        ids = [k for k in key if key[k]['coder'] == coder]
        v = [collections.Counter(j[k]['verdict'] for k in ids) for j in J]
        pct = lambda a, b: '%d / %d (%.1f%% / %.1f%%)' % (a, b, 100 * a / len(ids), 100 * b / len(ids))
        print('%-9s %3d  fully right %s | real act, right root %s | not an event %s' % (
            coder, len(ids), pct(v[0]['RIGHT'], v[1]['RIGHT']),
            pct(v[0]['RIGHT'] + v[0]['ACTOR'], v[1]['RIGHT'] + v[1]['ACTOR']), pct(v[0]['FALSE'], v[1]['FALSE'])))
        rows = collections.Counter((key[k]['doc'], key[k]['sentence'], key[k]['source'], key[k]['target'],
                                    key[k]['code']) for k in ids)
        print('          duplicate rows:', sum(c - 1 for c in rows.values() if c > 1))
p = json.load(open(os.path.join(d, 'parses.json')))
sents = {a['id']: [s['text'] for s in p[a['text']]] for a in (json.loads(l) for l in open(os.path.join(d, 'input.jsonl')))}


def sentence_id(doc, text):
    i = find(sents[doc], text)
    return '%s#%d' % (doc, i) if i >= 0 else None


coders = collections.defaultdict(list)
for l in open(dyad_file):
    e = json.loads(l)
    if e['counted']:
        coders['dyad'].append((sentence_id(e['doc'], e['sentence']), e['code'][:2], country(e['source']),
                               country(e['target'])))
for l in open(petr_file):
    x = json.loads(l)
    if not x.get('story_discard'):
        for s, t, c in x['events']:
            coders['petrarch'].append((sentence_id(x['key'], x['text'].strip()), c[:2], country(s), country(t)))
gold = [json.loads(l) for l in open(os.path.join(d, 'gold.jsonl'))]
for name, evs in coders.items():
    hit = sum(1 for g in gold if any(e[0] == g['sent'] and e[1] == g['code'][:2] and e[2] == country(g['source'])
                                     and (not g.get('target') or e[3] == country(g['target'])) for e in evs))
    print('%-9s recall %d of %d = %.3f' % (name, hit, len(gold), hit / len(gold)))
