# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Turns a CSV of scraped web articles (columns category, url, text) into the docs.jsonl that
draw.py reads.

Usage: python3 webcsv.py ARTICLES.csv OUT.jsonl [--category Politics] [--prefix WEB]
                         [--undated YYYY-MM-DD] [--strip DRAWN/input.jsonl]

Keeps the rows of one category (default Politics). Each becomes one line: id PREFIX_<row number>
(the row's place among the CSV's data rows, counted from 1), its text, and the date its link carries
(".../2025/08/18/...", "20250818") when it carries one. draw.py needs a date for every article, so
the others get --undated; remove it again from the drawn input.jsonl with --strip so that Dyad
reads the article's own dateline or takes `dyad code --date` instead. The link is kept as `url`.
"""
import csv
import json
import sys

from geowebnews import link_date, parser, strip_dates


def main():
    ap = parser('csv', '2025-08-17')
    ap.add_argument('--category', default='Politics')
    ap.add_argument('--prefix', default='WEB')
    a = ap.parse_args()
    csv.field_size_limit(sys.maxsize)
    dated = {}
    with open(a.csv, encoding='utf-8', newline='') as f, open(a.out, 'w', encoding='utf-8') as out:
        for n, row in enumerate(csv.DictReader(f), start=1):
            if row.get('category') != a.category:
                continue
            doc_id = f'{a.prefix}_{n}'
            date = link_date(row.get('url'))
            dated[doc_id] = date is not None
            out.write(json.dumps({'id': doc_id, 'date': date or a.undated, 'url': row.get('url'),
                                  'text': (row.get('text') or '').strip()}) + '\n')
    if a.strip:
        strip_dates(a.strip, dated)


if __name__ == '__main__':
    main()
