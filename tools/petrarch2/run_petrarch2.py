# -*- coding: utf-8 -*-
# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Runs PETRARCH-2 on ParseTsv's parses as `petrarch2.py batch` does, and writes each sentence's
events as JSON lines. Python 2.7, like PETRARCH-2. PETRARCH-2 is not modified: it is imported
from the checkout given, with its default configuration and dictionaries, and no bytecode is
written into it.

Usage:
  python run_petrarch2.py --petrarch CHECKOUT --parsed PARSED.tsv (--date YYYYMMDD | --dates DATES.json) --out PREFIX

  CHECKOUT     a clone of github.com/openeventdata/petrarch2 (the directory holding petrarch2/)
  PARSED.tsv   "key<TAB>sentence index<TAB>sentence text<TAB>parse" lines, from ParseTsv
  --date       the date of every text
  --dates      a JSON object of dates (YYYYMMDD) by key; a key missing from it takes --date
  PREFIX       writes PREFIX.xml (PETRARCH-2's input), PREFIX.PETRARCH.log, PREFIX.stdout
               (what PETRARCH-2 prints), PREFIX.evts.txt (its own event file) and
               PREFIX.sent-events.jsonl: one line per sentence,
               {"key", "sent", "text", "events": [[source, target, code], ...], "issues"},
               or {"key", "story_discard": true} for a story PETRARCH-2 discarded.
"""
from __future__ import print_function, unicode_literals

import argparse
import codecs
import io
import json
import os
import sys
import time
import types
from xml.sax.saxutils import escape, quoteattr


def dateutil_stub():
    """PETRARCH-2's utilities.py imports dateutil.parser at load time, but calls it only in
    _format_datestr, which only read_pipeline_input (the Phoenix pipeline's entry point) uses;
    the batch path (read_xml_input) never does. When python-dateutil is missing, a stub whose
    parse() raises stands in, so that a call would fail loudly rather than code differently."""
    try:
        import dateutil.parser  # noqa: F401
        return False
    except ImportError:
        pass

    def parse(*args, **kwargs):
        raise NotImplementedError('dateutil stub (run_petrarch2.py): not used on the batch path')

    pkg = types.ModuleType(str('dateutil'))
    sub = types.ModuleType(str('dateutil.parser'))
    sub.parse = parse
    pkg.parser = sub
    sys.modules[str('dateutil')] = pkg
    sys.modules[str('dateutil.parser')] = sub
    return True


def main():
    ap = argparse.ArgumentParser(description='Run PETRARCH-2 on parsed sentences.')
    ap.add_argument('--petrarch', required=True, help='the PETRARCH-2 checkout')
    ap.add_argument('--parsed', required=True, help="ParseTsv's output")
    ap.add_argument('--date', help='YYYYMMDD for every text (or for texts missing from --dates)')
    ap.add_argument('--dates', help='JSON object of YYYYMMDD dates by key')
    ap.add_argument('--out', required=True, help='output prefix')
    a = ap.parse_args()
    if not a.date and not a.dates:
        ap.error('give --date or --dates')
    package = os.path.join(os.path.abspath(a.petrarch), 'petrarch2')
    if not os.path.isfile(os.path.join(package, 'petrarch2.py')):
        ap.error('not a PETRARCH-2 checkout (no petrarch2/petrarch2.py): ' + a.petrarch)
    dates = {}
    if a.dates:
        with io.open(a.dates, encoding='utf-8') as f:
            dates = json.load(f)

    sys.dont_write_bytecode = True
    stubbed = dateutil_stub()
    sys.path.insert(0, package)
    import PETRreader
    import PETRwriter
    import petrarch2
    import utilities

    # 1. PETRARCH-2's XML input. A story is one key (a gold record, a document); each of its
    # sentences is one <Sentence>. PETRARCH-2 splits sentence ids at "_", so stories get
    # ids of their own (S000001 ...) and are mapped back to their keys afterwards.
    prefix = os.path.abspath(a.out)
    xml_path = prefix + '.xml'
    story_of, key_of = {}, {}
    n = 0
    with io.open(xml_path, 'w', encoding='utf-8') as f, io.open(a.parsed, encoding='utf-8') as tsv:
        f.write('<Sentences>\n')
        for lineno, line in enumerate(tsv, 1):
            fields = line.rstrip('\n').split('\t')
            if len(fields) != 4:
                sys.exit('%s:%d: expected 4 tab-separated fields' % (a.parsed, lineno))
            key, idx, text, parse = fields
            date = dates.get(key, a.date)
            if not date:
                sys.exit('%s:%d: no date for %s' % (a.parsed, lineno, key))
            if key not in story_of:
                story_of[key] = 'S%06d' % (len(story_of) + 1)
                key_of[story_of[key]] = key
            f.write('<Sentence date=%s id=%s sentence="True" source="TEST">\n<Text>\n%s\n</Text>\n'
                    '<Parse>\n%s\n</Parse>\n</Sentence>\n'
                    % (quoteattr(date), quoteattr('%s_%s' % (story_of[key], idx)), escape(text), escape(parse)))
            n += 1
        f.write('</Sentences>\n')
    print('%d sentences in %d texts' % (n, len(story_of)), file=sys.stderr)

    # 2. What petrarch2.main() does for "batch" with the default configuration, with
    # petrarch2.run() unrolled to keep the coded event dictionary.
    stdout = sys.stdout
    with codecs.open(prefix + '.stdout', 'w', encoding='utf-8') as chatter:
        sys.stdout = chatter  # PETRARCH-2 prints its settings, every sentence and event; keep them, in UTF-8
        try:
            t0 = time.time()
            utilities.init_logger(prefix + '.PETRARCH.log')
            PETRreader.parse_Config(utilities._get_data('data/config/', 'PETR_config.ini'))
            petrarch2.read_dictionaries()
            t1 = time.time()
            stories = PETRreader.read_xml_input([xml_path], True)
            updated = petrarch2.do_coding(stories)
            PETRwriter.write_events(updated, prefix + '.evts.txt')
            t2 = time.time()
        finally:
            sys.stdout = stdout

    # 3. Each sentence's events, as coded, without exact repeats within the sentence. A code
    # that is not a string becomes 010, as PETRwriter.write_events does.
    events = 0
    with io.open(prefix + '.sent-events.jsonl', 'w', encoding='utf-8') as out:
        for story in sorted(updated):
            key = key_of.get(story, story)
            sents = updated[story]['sents']
            if not sents:
                out.write(json.dumps({'key': key, 'story_discard': True}, ensure_ascii=False) + '\n')
                continue
            for sid in sorted(sents, key=int):
                sd = sents[sid]
                evs = []
                for e in sd.get('events') or []:
                    code = e[2] if isinstance(e[2], basestring) else '010'  # noqa: F821 (Python 2)
                    t = [e[0], e[1], code]
                    if t not in evs:
                        evs.append(t)
                events += len(evs)
                out.write(json.dumps({'key': key, 'sent': int(sid), 'text': sd.get('content'), 'events': evs,
                                      'issues': sd.get('issues')}, ensure_ascii=False) + '\n')
    print('%d events; dictionaries %.1f s, coding %.1f s%s' % (events, t1 - t0, t2 - t1,
          '; python-dateutil missing, stubbed' if stubbed else ''), file=sys.stderr)


if __name__ == '__main__':
    main()
