#!/usr/bin/env python3
"""Scores a foresight-lint run on the accuracy corpus against the hand judgements (docs/accuracy.md).

usage: score.py RUN.json [judgements.tsv]
RUN.json is `foresight-lint --format json files` run in the corpus folder, where each file of
corpus.tsv is stored as files/<owner>__<repo>/<path with '/' replaced by '__'>.
For every judged finding (file, line, rule) it says whether the run reports it, and prints per rule:
the judged true and false findings the run reports (precision), and the true ones it does not.
"""
import collections, csv, json, sys

run = json.load(open(sys.argv[1]))
judgements = sys.argv[2] if len(sys.argv) > 2 else __file__.rsplit('/', 1)[0] + '/judgements.tsv'
reported = collections.defaultdict(set)
for x in run:
    f = x['file']
    f = f[f.index('files/') + 6:] if 'files/' in f else f
    reported[(f, x['line'])].add(x['rule'])
seen, res, missed = set(), collections.defaultdict(collections.Counter), collections.defaultdict(collections.Counter)
for j in csv.DictReader(open(judgements), delimiter='\t'):
    if j['path'].startswith('(not in'): continue
    local = j['repo'].replace('/', '__', 1) + '/' + j['path'].replace('/', '__')
    k = (local, int(j['line']), j['rule'])
    if k in seen or j['verdict'] == 'U': continue
    seen.add(k)
    here = reported.get((local, int(j['line'])), set())
    flagged = j['rule'] in here
    res[j['rule']][(j['verdict'], flagged)] += 1
    if j['verdict'] == 'T' and not flagged:
        missed[j['rule']]['another rule reports that line' if here - {j['rule']} else j['class']] += 1
print('| rule | judged | reported, true | reported, false | precision | true, not reported |')
print('| --- | ---: | ---: | ---: | ---: | ---: |')
for rule, c in sorted(res.items()):
    t, f, m = c[('T', True)], c[('F', True)], c[('T', False)]
    print(f"| {rule} | {sum(c.values())} | {t} | {f} | {f'{t / (t + f) * 100:.0f}%' if t + f else '–'} | {m} |")
print()
for rule, c in sorted(missed.items()):
    print(f'{rule}: true findings not reported, by class: ' + ', '.join(f'{k} {v}' for k, v in c.most_common()))
