# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Draws a held-out sample rich in armed groups from the RAMS dataset (dev.jsonlines and
test.jsonlines of the public RAMS 1.0 release): five-sentence windows of 2015-2016 English news,
each with its article's link. (The tokenizer's split of hyphenated words is undone too.)

Usage: python3 rams.py OUT.jsonl SEED N RAMS.jsonlines...

Only windows that name an armed group, rebels, insurgents, militants or the like are kept (the
pattern ARMED below); of each article, the window with the most such words. N articles are drawn
with the seed. Each window's tokens are joined back into text (spaces before closing punctuation
and after opening brackets and quotes removed). Its date is the one its link carries
(".../2016/10/04/..."), or none: code those with `dyad code --date`, and tell the reviewers that
the date is unknown within 2015-2016.
"""
import json
import random
import re
import sys

ARMED = re.compile(r'\b(militants?|rebels?|insurgents?|Taliban|ISIS|ISIL|Islamic State|al-Qaeda|al Qaeda|'
                   r'Hezbollah|Hamas|Boko Haram|Shabaab|Houthis?|PKK|FARC|jihadists?|separatists?|guerrillas?|'
                   r'Nusra|YPG|Kurdish fighters)\b')
LINK_DATE = re.compile(r'(20\d\d)[/-]?(0[1-9]|1[0-2])[/-]?([0-3]\d)(?!\d)')
NO_SPACE_BEFORE = {',', '.', ';', ':', '!', '?', ')', ']', '%', '”', "'s", "n't", "'re", "'ve", "'ll", "'d", "'m",
                   '’s', 'n’t', '’re', '’ve', '’ll', '’d', '’m'}
NO_SPACE_AFTER = {'(', '[', '$', '“'}
HYPHEN = re.compile(r'(\w) - (?=\w)')


def detokenize(tokens):
    out = ''
    quote_open = False
    glue = True
    for t in tokens:
        if t == '"':
            if quote_open:
                out += t
                glue = False
            else:
                out += ('' if glue else ' ') + t
                glue = True
            quote_open = not quote_open
            continue
        if t in NO_SPACE_BEFORE or glue:
            out += t
        else:
            out += ' ' + t
        glue = t in NO_SPACE_AFTER
    # The tokenizer splits hyphenated words: "pro - Russian" was "pro-Russian".
    return HYPHEN.sub(r'\1-', out)


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    out_path, seed, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    best = {}
    for path in sys.argv[4:]:
        with open(path, encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                text = ' '.join(detokenize(s) for s in r['sentences'])
                hits = len(ARMED.findall(text))
                if hits == 0:
                    continue
                url = r['source_url']
                if url not in best or hits > best[url][0]:
                    best[url] = (hits, r['doc_key'], text)
    urls = sorted(best)
    random.Random(seed).shuffle(urls)
    with open(out_path, 'w', encoding='utf-8') as f:
        for url in urls[:n]:
            _, key, text = best[url]
            doc = {'id': 'RAMS_' + key[-12:], 'link': url, 'text': text}
            m = LINK_DATE.search(url)
            if m:
                doc['date'] = f'{m.group(1)}-{m.group(2)}-{m.group(3)}'
            f.write(json.dumps(doc) + '\n')
    print(f'{min(n, len(urls))} of {len(urls)} candidate articles written to {out_path}', file=sys.stderr)


if __name__ == '__main__':
    main()
