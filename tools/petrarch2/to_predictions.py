#!/usr/bin/env python3
# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Turns run_petrarch2.py's per-sentence events into predictions for
`dyad eval plover --predictions FILE`: one JSON line per event,
{"id": <key of the parsed text>, "source", "target", "code"}.

Usage: python3 to_predictions.py PREFIX.sent-events.jsonl OUT.jsonl

The key of each text is the gold record id (plover_input.py wrote it). Every event PETRARCH-2
coded is written, in order, with an empty target as null; Dyad decides which ones count (a
known source) and their PLOVER category. Events without a code are left out and counted on
standard error. Discarded stories and sentences have no events.
"""
import json
import sys


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    written = skipped = 0
    with open(argv[1], encoding='utf-8') as f, open(argv[2], 'w', encoding='utf-8', newline='\n') as out:
        for line in f:
            if not line.strip():
                continue
            s = json.loads(line)
            for source, target, code in s.get('events') or []:
                if not code:
                    skipped += 1
                    continue
                out.write(json.dumps({'id': s['key'], 'source': source or None, 'target': target or None,
                                      'code': code}, ensure_ascii=False) + '\n')
                written += 1
    print('%d events written, %d without a code left out' % (written, skipped), file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv)
