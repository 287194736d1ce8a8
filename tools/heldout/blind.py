# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Both coders' events, shuffled, for blind review.

Usage: python3 blind.py DIR DYAD.jsonl PETRARCH.sent-events.jsonl SEED KEY.json
Writes DIR/blind-items.txt (each event with its sentence and up to three sentences before it)
and KEY.json, which says which coder made which item: keep it out of the reviewers' reach.
Dyad's counted events and every PETRARCH-2 event are taken.
"""
import json
import os
import random
import sys

from sentences import find

d, dyad_file, petr_file, seed, key_file = sys.argv[1:6]
names = {}
cameo = os.path.join(os.path.dirname(__file__), '../../dyad-core/src/main/resources/org/dyad/core/ontology/cameo.tsv')
for l in open(cameo):
    if l.strip() and not l.startswith('#'):
        c = l.rstrip('\n').split('\t')
        names[c[0]] = c[3]
p = json.load(open(os.path.join(d, 'parses.json')))
arts = [json.loads(l) for l in open(os.path.join(d, 'input.jsonl'))]
sents = {a['id']: [s['text'].replace('\n', ' ') for s in p[a['text']]] for a in arts}
items = []
for l in open(dyad_file):
    e = json.loads(l)
    if e['counted']:
        items.append({'coder': 'dyad', 'doc': e['doc'], 'sentence': e['sentence'].replace('\n', ' '),
                      'source': e['source'], 'target': e['target'], 'code': e['code'], 'dyad_id': e['id']})
for l in open(petr_file):
    x = json.loads(l)
    if not x.get('story_discard'):
        for s, t, c in x['events']:
            items.append({'coder': 'petrarch', 'doc': x['key'], 'sentence': x['text'].strip(), 'source': s,
                          'target': t, 'code': c})
def before(it):
    i = find(sents[it['doc']], it['sentence'])
    return sents[it['doc']][max(0, i - 3):i] if i >= 0 else []


random.Random(int(seed)).shuffle(items)
key = {}
with open(os.path.join(d, 'blind-items.txt'), 'w') as f:
    for n, it in enumerate(items, 1):
        jid = 'J%03d' % n
        key[jid] = it
        f.write('### %s   article %s\n' % (jid, it['doc']))
        for c in before(it):
            f.write('   (before) %s\n' % c)
        f.write('   SENTENCE: %s\n' % it['sentence'])
        f.write('   EVENT: source=%s  target=%s  code=%s (%s)\n\n' % (it['source'], it['target'] or '(none)', it['code'],
                                                                     names.get(it['code'], '?')))
json.dump(key, open(key_file, 'w'), indent=1)
print(len(items), 'items')
