# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Turns the WikiEvents documents (dev.jsonl and test.jsonl of the public WikiEvents release)
into the docs.jsonl that actor_items.py and `dyad code` read.

Usage: python3 wikievents.py OUT.jsonl WIKIEVENTS.jsonl...

WikiEvents is a document-level event-extraction dataset whose articles are news reports linked
from Wikipedia pages on bombings, drone strikes and attacks; it is rich in armed groups, which
the earlier held-out samples were not. Its texts glue paragraphs (and a headline to the first
paragraph) with no space between them, so each article is rebuilt from the dataset's own sentence
texts: where two sentences touch, a paragraph break goes between them (not after a title's
abbreviation such as "Gov."); every other character is kept.

Only news reports are kept. Left out, with the reason:
  * pages copied from Wikipedia itself (suicide_ied_*, wiki_ied_bombings_<n> without _news_);
  * pages that are not news: a definition of terrorism (scenario_en_kairos_30), a defendant's
    statement in court (scenario_en_kairos_68), a wanted notice (scenario_en_kairos_2) and a
    broadcaster's programme page (scenario_en_kairos_16).

The dataset gives no publication dates. DATES holds each article's date: from its id (VOA),
from its dateline or from the dated event it reports (a fact, looked up before any coder ran).
The ones marked approximate are the month or year at best; the reviewers are told which.
"""
import json
import re
import sys

NOT_NEWS = {'scenario_en_kairos_30', 'scenario_en_kairos_68', 'scenario_en_kairos_2', 'scenario_en_kairos_16'}
WIKIPEDIA = re.compile(r'^(suicide_ied_\d+|wiki_ied_bombings_\d+)$')
VOA_DATE = re.compile(r'_(\d{4})\.(\d{2})\.(\d{2})\.')

# id -> (date, approximate?)
DATES = {
    'road_ied_8': ('2020-08-21', False),            # Maj. Gen. Gladkikh killed near Deir ez-Zor, 18 August 2020
    'scenario_en_62': ('2017-07-28', False),         # before the constituent assembly vote of Sunday 30 July 2017
    'scenario_en_85': ('2017-07-31', False),         # the morning after that vote
    'scenario_en_113': ('2018-08-14', False),        # "said Tuesday", after the arrests of 13 August 2018
    'K0C041O37': ('2018-08-07', False),              # three days after the drone attack of 4 August 2018
    'scenario_en_8': ('2014-09-15', True),           # chikungunya figures "so far in 2014"
    'scenario_en_7': ('2014-09-15', True),           # the Maracay outbreak rumours of September 2014
    'scenario_en_kairos_60': ('2019-05-25', False),  # the Lyon parcel bomb of Friday 24 May 2019
    'scenario_en_kairos_61': ('2019-05-25', False),
    'scenario_en_kairos_75': ('2018-01-17', False),  # the profile's own "Published 17 January 2018"
    'scenario_en_kairos_73': ('1997-04-26', True),   # McVeigh's trial, April 1997
    'road_ied_12': ('2015-10-03', True),             # Xinhua, "Oct. 3", a Saturday
    'wiki_ied_bombings_1_news_4': ('1972-07-21', False),  # Bloody Friday, the day's statement
    'wiki_ied_bombings_1_news_3': ('2012-07-21', True),   # an anniversary piece
    'wiki_ied_bombings_5_news_3': ('2014-10-30', True),   # Kieran Conway's admission, autumn 2014
    'wiki_drone_strikes_2_news_8': ('2017-06-01', True),
    'wiki_drone_strikes_0_news_1': ('2017-01-17', False),  # the end of Obama's presidency
    'wiki_drone_strikes_1_news_1': ('2015-04-25', False),  # the drone on the Japanese PM's office
    'wiki_mass_car_bombings_1_news_8': ('2019-01-21', False),  # Maidan Shahr NDS base, Monday 21 January 2019
    'wiki_mass_car_bombings_7_news_2': ('2012-07-23', False),  # Iraq, Monday 23 July 2012
    'wiki_mass_car_bombings_0_news_9': ('2019-01-19', False),  # after the Bogotá bombing of 17 January 2019
    'backpack_ied_13': ('2016-09-18', False),        # Chelsea bombing, "said Sunday"
    'backpack_ied_20': ('2013-04-16', False),        # the day after the Boston Marathon bombing
    'JC002YBW0': ('2015-06-24', False),              # Tsarnaev's apology at sentencing
}


def rebuild(doc):
    """The article's text with a paragraph break wherever two of the dataset's sentences touch.
    The sentences' token offsets do not index the text field, so each sentence's own text is
    found in it in turn; an article where one is not found is kept as it is."""
    text = doc['text']
    out = []
    cursor = 0
    for _, sentence in doc['sentences']:
        pos = text.find(sentence, cursor)
        if pos < 0:
            return text
        gap = text[cursor:pos]
        if cursor > 0 and gap == '' and re.match(r'\w', sentence) and re.search(r'[\w.!?"\u201d]$', text[:pos]) \
                and not re.search(r'\b[A-Z][a-z]{0,3}\.$', text[:pos]):
            gap = '\n\n'
        out.append(gap + sentence)
        cursor = pos + len(sentence)
    out.append(text[cursor:])
    return ''.join(out)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    kept = 0
    with open(sys.argv[1], 'w', encoding='utf-8') as f:
        for path in sys.argv[2:]:
            with open(path, encoding='utf-8') as src:
                for line in src:
                    doc = json.loads(line)
                    doc_id = doc['doc_id']
                    if doc_id in NOT_NEWS or WIKIPEDIA.match(doc_id):
                        continue
                    m = VOA_DATE.search(doc_id)
                    if m:
                        date, approx = f'{m.group(1)}-{m.group(2)}-{m.group(3)}', False
                    elif doc_id in DATES:
                        date, approx = DATES[doc_id]
                    else:
                        sys.exit(f'{doc_id}: no date known; add it to DATES')
                    f.write(json.dumps({'id': 'WE_' + doc_id, 'date': date, 'approximate_date': approx,
                                        'text': rebuild(doc)}) + '\n')
                    kept += 1
    print(f'{kept} articles written to {sys.argv[1]}', file=sys.stderr)


if __name__ == '__main__':
    main()
