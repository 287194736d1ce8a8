# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""AFP and Xinhua articles of the TempEval-3 silver data as Dyad input (JSON lines).

Usage: python3 extract_te3.py GIT_DIR OUT.jsonl
GIT_DIR is a git checkout holding the silver data's .tml files, either as
data/TempEval3/Training/TE3-Silver-data-*/ or as data/TE3-Silver-data/ (read with `git show`, so a
bare mirror works; both layouts give the same 2,452 articles). Each line: {"id", "date", "title", "text"}; the TimeML
tags are stripped and the creation time gives the date.
"""
import html
import json
import re
import subprocess
import sys


def main(repo, out_path):
    names = subprocess.run(['git', '-C', repo, 'ls-tree', '-r', '--name-only', 'HEAD', 'data'],
                           capture_output=True, text=True, check=True).stdout.split('\n')
    names = [n for n in names if re.search(r'TE3-Silver-data(-\d)?/(AFP|XIN)_ENG_\d+\.\d+\.tml$', n)]
    n = 0
    with open(out_path, 'w', encoding='utf-8') as out:
        for p in names:
            raw = subprocess.run(['git', '-C', repo, 'show', 'HEAD:' + p], capture_output=True,
                                 check=True).stdout.decode('utf-8', 'replace')
            doc_id = re.search(r'<DOCID>(.*?)</DOCID>', raw).group(1).strip()
            dct = re.search(r'value="(\d{4}-\d{2}-\d{2})"[^>]*functionInDocument="CREATION_TIME"', raw)
            title = re.search(r'<TITLE>(.*?)</TITLE>', raw, re.S)
            title = html.unescape(re.sub(r'<[^>]+>', '', title.group(1)).strip()) if title else ''
            text = re.search(r'<TEXT>(.*?)</TEXT>', raw, re.S).group(1)
            text = html.unescape(re.sub(r'<[^>]+>', '', text)).strip()
            text = re.sub(r'\n\s*\n+', '\n\n', text)
            out.write(json.dumps({'id': doc_id, 'date': dct.group(1) if dct else None, 'title': title,
                                  'text': text}) + '\n')
            n += 1
    print(n, 'articles')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
