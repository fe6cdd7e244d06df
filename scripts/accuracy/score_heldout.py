#!/usr/bin/env python3
"""Scores foresight-lint runs on a held-out round against its hand judgements (docs/accuracy.md, "Held out").

usage: score_heldout.py DEFAULT.json REPORT.json [ROUND]
The runs are `foresight-lint --format json files` (DEFAULT) and the same with `--config` a file holding
`rules: {}` (REPORT), in a folder where each file of heldout-corpus.tsv is stored as
files/<owner>__<repo>/<stored_as>. ROUND picks the round (default: the latest).
For every judged finding it says whether the run in the judged mode reports it, and prints per rule and mode
the judged true and false findings the run reports (precision) and the true ones it does not.
"""
import collections, csv, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
corpus = list(csv.DictReader(open(os.path.join(here, 'heldout-corpus.tsv')), delimiter='\t'))
judged = list(csv.DictReader(open(os.path.join(here, 'heldout-judgements.tsv')), delimiter='\t'))
wanted = sys.argv[3] if len(sys.argv) > 3 else max(j['round'] for j in judged)
stored = {(c['round'], c['repo'], c['path']): c['repo'].replace('/', '__', 1) + '/' + c['stored_as'] for c in corpus}


def reported(run_file):
    out = collections.defaultdict(set)
    for x in json.load(open(run_file)):
        f = x['file']
        f = f[f.index('files/') + 6:] if 'files/' in f else f
        out[(f, x['line'])].add(x['rule'])
    return out


runs = {'default': reported(sys.argv[1]), 'report': reported(sys.argv[2])}
res = collections.defaultdict(collections.Counter)
for j in judged:
    if j['round'] != wanted or j['verdict'] == 'U':
        continue
    local = stored.get((j['round'], j['repo'], j['path']))
    if local is None:
        continue
    flagged = j['rule'] in runs[j['mode']].get((local, int(j['line'])), set())
    res[(j['rule'], j['mode'])][(j['verdict'], flagged)] += 1
print(f'round {wanted}')
print('| rule | mode | judged | reported, true | reported, false | precision | true, not reported |')
print('| --- | --- | ---: | ---: | ---: | ---: | ---: |')
for (rule, mode), c in sorted(res.items()):
    t, f, m = c[('T', True)], c[('F', True)], c[('T', False)]
    p = f'{t / (t + f) * 100:.0f}%' if t + f else '–'
    print(f'| {rule} | {mode} | {sum(c.values())} | {t} | {f} | {p} | {m} |')

# Recall in report mode: of the notes an editor flagged in heldout-recall.tsv, those the report run reports.
recall = [r for r in csv.DictReader(open(os.path.join(here, 'heldout-recall.tsv')), delimiter='\t') if r['round'] == wanted]
flagged = [r for r in recall if r['flagged_by_editor'] == 'Y']
def line_of(r):
    return int(r['line'].split('-')[0])  # a range of lines (a note over several) is found at its first


if flagged:
    hits = [r for r in flagged if 'missing-source-url' in runs['report'].get((stored.get((r['round'], r['repo'], r['path']), ''), line_of(r)), set())]
    extra = [
        r
        for r in recall
        if r['flagged_by_editor'] == 'N'
        and 'missing-source-url' in runs['report'].get((stored.get((r['round'], r['repo'], r['path']), ''), line_of(r)), set())
    ]
    print(f'\nrecall, missing-source-url in report mode: {len(hits)} of {len(flagged)} notes an editor flags; {len(extra)} reported that the editor did not flag')
