#!/usr/bin/env python3
# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Turns the PLOVER gold file into ParseTsv's input and a dates file for run_petrarch2.py.

Usage: python3 plover_input.py GOLD.json OUT.tsv OUT-dates.json

Records are chosen and named exactly as Dyad's PloverGold.load does: every JSON object with a
string "text" and a string "event" other than DOCUMENT; its id, with "#2", "#3" ... appended
to a repeated id in file order. The record's "date" (ISO yyyy-mm-dd) becomes YYYYMMDD; a
record without a readable date gets 2000-01-01, as in Dyad.
OUT.tsv has one "id<TAB>text" line per record, the text escaped (\\\\ \\n \\t \\r).
"""
import datetime
import json
import re
import sys


def records(gold):
    seen = {}
    for m in gold:
        if not isinstance(m, dict):
            continue
        text, event = m.get('text'), m.get('event')
        if not isinstance(text, str) or not isinstance(event, str) or event == 'DOCUMENT':
            continue
        rid = m.get('id')
        rid = 'null' if rid is None else str(rid)
        seen[rid] = seen.get(rid, 0) + 1
        if seen[rid] > 1:
            rid = '%s#%d' % (rid, seen[rid])
        date = datetime.date(2000, 1, 1)
        d = m.get('date')
        if isinstance(d, str) and re.fullmatch(r'\d{4}-\d{2}-\d{2}', d):
            try:
                date = datetime.date.fromisoformat(d)
            except ValueError:
                pass
        yield rid, text, date


def escape(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t').replace('\r', '\\r')


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    with open(argv[1], encoding='utf-8') as f:
        gold = json.load(f)
    dates = {}
    with open(argv[2], 'w', encoding='utf-8', newline='\n') as out:
        for rid, text, date in records(gold):
            if '\t' in rid or '\n' in rid:
                sys.exit('record id with a tab or newline: %r' % rid)
            out.write('%s\t%s\n' % (rid, escape(text)))
            dates[rid] = date.strftime('%Y%m%d')
    with open(argv[3], 'w', encoding='utf-8') as out:
        json.dump(dates, out, indent=0, sort_keys=True)
        out.write('\n')
    print('%d records' % len(dates), file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv)
