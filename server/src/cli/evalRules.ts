// `npm run eval:rules`: scores the built-in packs on the labelled corpus and prints precision, recall
// and F1 per category (all clauses, then the dev and held-out splits), then every miss. Exit code 1
// when a category falls below the floors the corpus test enforces.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinRulePacks } from '../../../core/rules/builtinRulePacks';
import { compileRules } from '../../../core/rules/compileRules';
import { corpusSchema } from '../../../core/rules/eval/corpusSchema';
import { corpusFloors } from '../../../core/rules/eval/corpusFloors';
import { scoreCorpus, type CategoryScore } from '../../../core/rules/eval/scoreCorpus';

const corpusFile = fileURLToPath(new URL('../../../tests/fixtures/rules/corpus.json', import.meta.url));
const corpus = corpusSchema.parse(JSON.parse(readFileSync(corpusFile, 'utf8')));
const rules = compileRules(builtinRulePacks);
const all = scoreCorpus(corpus, rules);

const n = (x: number) => String(x).padStart(4);
const f = (x: number) => x.toFixed(3).padStart(9);
function table(title: string, scores: CategoryScore[]): void {
  console.log(`\n${title}\ncategory              tp   fp   fn  precision  recall       F1`);
  for (const s of scores)
    console.log(
      `${s.category.padEnd(20)}${n(s.tp)} ${n(s.fp)} ${n(s.fn)}  ${f(s.precision)} ${f(s.recall)} ${f(s.f1)}`,
    );
}

const count = (split: string) => corpus.clauses.filter((c) => c.split === split).length;
console.log(
  `corpus: ${corpus.clauses.length} clauses (${count('dev')} dev, ${count('heldout')} held-out), ${corpus.bills.length} bills`,
);
table('all clauses and bills', all.scores);
table('dev clauses and bills', scoreCorpus(corpus, rules, 'dev').scores);
table(
  'held-out clauses',
  scoreCorpus(corpus, rules, 'heldout').scores.filter((s) => s.category !== 'safeguards'),
);

console.log(`\nmisses (${all.misses.length}):`);
for (const m of all.misses) {
  const why =
    m.kind === 'fp'
      ? `false positive by ${m.rules.join(', ')}`
      : `missed${m.rules.length ? ` ${m.rules.join(', ')}` : ''}`;
  console.log(`  ${m.id} [${m.category}] ${why}: ${m.text}${m.note ? `  (${m.note})` : ''}`);
}
const failing = (['dev', 'heldout'] as const).flatMap((split) =>
  scoreCorpus(corpus, rules, split)
    .scores.filter((s) => !(split === 'heldout' && s.category === 'safeguards'))
    .filter((s) => s.precision < corpusFloors[split].precision || s.recall < corpusFloors[split].recall)
    .map((s) => `${split}/${s.category}`),
);
if (failing.length) {
  console.log(`\nbelow the floors in core/rules/eval/corpusFloors.ts: ${failing.join(', ')}`);
  process.exitCode = 1;
}
