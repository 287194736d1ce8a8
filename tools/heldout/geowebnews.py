# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Turns GeoWebNews into the docs.jsonl that draw.py reads.

Usage: python3 geowebnews.py GEOWEBNEWS.xml OUT.jsonl [--undated YYYY-MM-DD]

Each article becomes one line: id "GWN_<file>", its text, and the date its link carries
(".../2018/04/05/...", "2018-04-05", "20180405") when it carries one. draw.py needs a date for
every article, so the others get --undated (default 2018-04-05, the commonest date in the links);
remove it from the drawn input.jsonl with --strip to let Dyad read the article's own dateline or
take `dyad code --date` instead:

    python3 geowebnews.py GEOWEBNEWS.xml OUT.jsonl --strip DRAWN/input.jsonl
"""
import argparse
import json
import re
import xml.etree.ElementTree as ET

LINK_DATE = re.compile(r'(20\d\d)[/-]?(0[1-9]|1[0-2])[/-]?([0-3]\d)(?!\d)')


def link_date(link):
    m = LINK_DATE.search(link or '')
    return f'{m.group(1)}-{m.group(2)}-{m.group(3)}' if m else None


def strip_dates(drawn, dated):
    """Drops from a drawn input.jsonl the dates that the links did not give (dated: id -> bool)."""
    with open(drawn, encoding='utf-8') as f:
        rows = [json.loads(line) for line in f]
    with open(drawn, 'w', encoding='utf-8') as f:
        for d in rows:
            if not dated.get(d['id'], True):
                d.pop('date', None)
            f.write(json.dumps(d) + '\n')


def parser(source, undated):
    """The arguments of a converter of dated-by-link articles: SOURCE OUT [--undated] [--strip]."""
    ap = argparse.ArgumentParser()
    ap.add_argument(source)
    ap.add_argument('out')
    ap.add_argument('--undated', default=undated)
    ap.add_argument('--strip', help='an input.jsonl drawn from OUT: drop the dates the links do not give')
    return ap


def main():
    a = parser('xml', '2018-04-05').parse_args()
    dated = {}
    with open(a.out, 'w', encoding='utf-8') as f:
        for art in ET.parse(a.xml).getroot().findall('article'):
            doc_id = 'GWN_' + art.get('file')
            date = link_date(art.findtext('link'))
            dated[doc_id] = date is not None
            f.write(json.dumps({'id': doc_id, 'date': date or a.undated, 'text': art.findtext('text') or ''}) + '\n')
    if a.strip:
        strip_dates(a.strip, dated)


if __name__ == '__main__':
    main()
