# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Numbered sentences for the gold annotators, from Dyad's own sentence split.

Usage: python3 packets.py DIR
Reads DIR/input.jsonl and DIR/parses.json (`./dyad parse --golden DIR/input.jsonl --out
DIR/parses.json`); writes DIR/gold-in-1.txt and gold-in-2.txt (half the articles each), one
sentence a line as "[ID#N] text".
"""
import json
import os
import sys

d = sys.argv[1]
p = json.load(open(os.path.join(d, 'parses.json')))
arts = [json.loads(l) for l in open(os.path.join(d, 'input.jsonl'))]
half = (len(arts) + 1) // 2
for h, part in enumerate((arts[:half], arts[half:])):
    with open(os.path.join(d, 'gold-in-%d.txt' % (h + 1)), 'w') as f:
        for a in part:
            f.write('### ARTICLE %s (published %s)\n' % (a['id'], a['date']))
            for s in p[a['text']]:
                f.write('[%s#%d] %s\n' % (a['id'], s['index'], s['text'].replace('\n', ' ')))
            f.write('\n')
