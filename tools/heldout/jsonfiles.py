# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Turns a git checkout that keeps one JSON file per scraped article (fields title, content, link,
date_published, and dateList where the scraper kept its listing day) into the docs.jsonl that
draw.py reads.

Usage: python3 jsonfiles.py GIT_DIR PREFIX_PATH OUT.jsonl [--section World --section Pakistan]
                            [--id-prefix DAWN] [--utc-offset 5]

Reads every *.json under PREFIX_PATH through `git cat-file --batch` (a bare mirror works). A scraper often saved
the same article on several days: the first file of each link is kept. The id is ID_PREFIX_<the
number in the link> (".../news/1927894/..."), or a hash of the link when it has no number. The date
is the listing day (dateList) or else the publication time moved into the outlet's time zone
(--utc-offset hours), so that "on Thursday" in a Karachi paper is read from the right day. A title
of the form "Headline - Section - OUTLET" gives the section; --section keeps only those sections
(all when none is given). The headline is kept as `title` (draw.py leaves it out of the sample).
"""
import argparse
import datetime
import hashlib
import json
import re
import subprocess


def section_of(title):
    parts = [p.strip() for p in (title or '').split(' - ')]
    return (parts[-2], ' - '.join(parts[:-2])) if len(parts) >= 3 else (None, (title or '').strip())


def day_of(d, offset):
    if d.get('dateList'):
        return d['dateList'][:10]
    stamp = d.get('date_published')
    if not stamp:
        return None
    t = datetime.datetime.fromisoformat(stamp.replace('Z', '+00:00'))
    if t.tzinfo is None:
        return t.date().isoformat()
    return (t.astimezone(datetime.timezone.utc) + datetime.timedelta(hours=offset)).date().isoformat()


def doc_id(prefix, link):
    m = re.search(r'/(\d{5,})(?:/|$)', link or '')
    return f'{prefix}_{m.group(1)}' if m else f'{prefix}_{hashlib.sha1((link or "").encode()).hexdigest()[:12]}'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('git_dir')
    ap.add_argument('path')
    ap.add_argument('out')
    ap.add_argument('--section', action='append', default=[])
    ap.add_argument('--id-prefix', default='WEB')
    ap.add_argument('--utc-offset', type=float, default=0)
    a = ap.parse_args()
    names = subprocess.run(['git', '-C', a.git_dir, 'ls-tree', '-r', '--name-only', 'HEAD', a.path],
                           capture_output=True, text=True, check=True).stdout.split('\n')
    names = sorted(n for n in names if n.endswith('.json'))
    seen, kept, bad = set(), 0, 0
    batch = subprocess.Popen(['git', '-C', a.git_dir, 'cat-file', '--batch'], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE)
    with open(a.out, 'w', encoding='utf-8') as out:
        for name in names:
            batch.stdin.write(f'HEAD:{name}\n'.encode())
            batch.stdin.flush()
            header = batch.stdout.readline().split()
            raw = batch.stdout.read(int(header[2]))
            batch.stdout.read(1)
            try:
                d = json.loads(raw.decode('utf-8'))
            except (UnicodeDecodeError, json.JSONDecodeError):
                bad += 1
                continue
            link, text = d.get('link'), (d.get('content') or '').strip()
            if not link or not text or link in seen:
                continue
            seen.add(link)
            section, headline = section_of(d.get('title'))
            if a.section and section not in a.section:
                continue
            day = day_of(d, a.utc_offset)
            if not day:
                continue
            out.write(json.dumps({'id': doc_id(a.id_prefix, link), 'date': day, 'title': headline,
                                  'section': section, 'url': link, 'text': text}, ensure_ascii=False) + '\n')
            kept += 1
    batch.stdin.close()
    batch.wait()
    print(f'{kept} articles ({len(seen)} links, {bad} unreadable files)')


if __name__ == '__main__':
    main()
