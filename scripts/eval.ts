// Evaluates a classifier on labelled complaints (JSONL rows with `text`, `category`, optional
// `lang`) and prints accuracy, macro-F1, per-category and per-language figures, a confusion
// matrix, security recall/precision, calibration and latency.
//   npx tsx scripts/eval.ts --data <file.jsonl> [--data <more.jsonl>] [--classifier offline|bedrock]
//                           [--json <out.json>] [--errors <n>]
// `--errors` prints misclassified rows, complaint text included, with the lexicon cues that fired:
// use it on development data only.
import { readFileSync, writeFileSync } from 'node:fs';
import { explainLexicon } from '../functions/domain/classification/lexicon-scorer';
import { normalizeForMatching } from '../functions/domain/classification/normalize';
import { CATEGORIES, ClassificationDecisionSchema, type Category, type Classifier } from '../functions/domain/classification/types';

/** Security as the maintainers score it: a security category, or the security flag. */
const SECURITY_CATEGORIES: readonly Category[] = ['unauthorized_transaction_or_fraud', 'data_privacy_or_breach'];
const CALIBRATION_BINS = 10;
const WARM_UP_ROWS = 50;

interface Options {
  readonly data: string[];
  readonly classifier: 'offline' | 'bedrock';
  readonly json?: string;
  readonly errors: number;
}

interface Row {
  readonly text: string;
  readonly category: Category;
  readonly lang: string;
}

interface Outcome {
  readonly row: Row;
  readonly predicted: Category;
  readonly securityFlag: boolean;
  readonly confidence: number;
  readonly ms: number;
  /** CPU time of the call: on a shared machine wall time also counts other processes. */
  readonly cpuMs: number;
  readonly schemaValid: boolean;
}

function usage(message?: string): never {
  if (message) console.error(`error: ${message}`);
  console.error('usage: npx tsx scripts/eval.ts --data <file.jsonl> [--data <file>] [--classifier offline|bedrock] [--json <out.json>] [--errors <n>]');
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Options {
  const data: string[] = [];
  let classifier: Options['classifier'] = 'offline';
  let json: string | undefined;
  let errors = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--data') data.push(value());
    else if (arg === '--classifier') {
      const v = value();
      if (v !== 'offline' && v !== 'bedrock') usage(`unknown classifier "${v}"`);
      classifier = v;
    } else if (arg === '--json') json = value();
    else if (arg === '--errors') errors = Number(value());
    else if (arg === '--help' || arg === '-h') usage();
    else usage(`unknown argument "${arg}"`);
  }
  if (data.length === 0) usage('--data is required');
  return { data, classifier, json, errors };
}

function readRows(files: readonly string[]): Row[] {
  const rows: Row[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim() === '') return;
        const row = JSON.parse(line) as Partial<Row>;
        if (typeof row.text !== 'string' || !(CATEGORIES as readonly string[]).includes(row.category ?? '')) {
          throw new Error(`${file}:${index + 1}: needs "text" and a known "category"`);
        }
        rows.push({ text: row.text, category: row.category as Category, lang: typeof row.lang === 'string' ? row.lang : 'unknown' });
      });
  }
  return rows;
}

async function loadClassifier(kind: Options['classifier']): Promise<Classifier> {
  if (kind === 'offline') return (await import('../functions/domain/classification/offline-classifier')).offlineClassifier;
  // The Bedrock classifier is built separately; accept a domain-level factory if one exists, else
  // the adapter class with a model from the environment.
  const domainPath = '../functions/domain/classification/bedrock-classifier';
  try {
    const mod = (await import(domainPath)) as { createBedrockClassifier?: () => Classifier | Promise<Classifier> };
    if (typeof mod.createBedrockClassifier === 'function') return await mod.createBedrockClassifier();
  } catch {
    // Not there (yet); try the adapter below.
  }
  const modelId = process.env.BEDROCK_MODEL_ID;
  try {
    const adapterPath = '../functions/adapters/bedrock/bedrock-classifier';
    const { BedrockClassifier } = (await import(adapterPath)) as { BedrockClassifier?: new (client: unknown, options: { modelId: string }) => Classifier };
    if (BedrockClassifier && modelId) {
      const { BedrockRuntimeClient } = await import('@aws-sdk/client-bedrock-runtime');
      return new BedrockClassifier(new BedrockRuntimeClient({}), { modelId });
    }
  } catch {
    // Fall through to the explanation.
  }
  console.error(
    'error: the Bedrock classifier is not available yet. Expected functions/domain/classification/bedrock-classifier.ts ' +
      'exporting createBedrockClassifier(), or functions/adapters/bedrock/bedrock-classifier.ts with BEDROCK_MODEL_ID set.',
  );
  process.exit(2);
}

function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (n: number, digits = 4): number => Number(n.toFixed(digits));
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

function computeReport(outcomes: readonly Outcome[]) {
  const n = outcomes.length;
  const correct = outcomes.filter((o) => o.predicted === o.row.category).length;

  const confusion: Record<string, Record<string, number>> = {};
  for (const truth of CATEGORIES) confusion[truth] = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  for (const o of outcomes) confusion[o.row.category][o.predicted] += 1;

  const perCategory: Record<string, { precision: number; recall: number; f1: number; support: number; predicted: number }> = {};
  const f1s: number[] = [];
  for (const c of CATEGORIES) {
    const tp = confusion[c][c];
    const support = CATEGORIES.reduce((s, p) => s + confusion[c][p], 0);
    const predicted = CATEGORIES.reduce((s, t) => s + confusion[t][c], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    perCategory[c] = { precision: round(precision), recall: round(recall), f1: round(f1), support, predicted };
    // Categories absent from both the labels and the predictions say nothing about the classifier.
    if (support > 0 || predicted > 0) f1s.push(f1);
  }

  const perLanguage: Record<string, { accuracy: number; n: number }> = {};
  for (const lang of [...new Set(outcomes.map((o) => o.row.lang))].sort()) {
    const rows = outcomes.filter((o) => o.row.lang === lang);
    perLanguage[lang] = { accuracy: round(ratio(rows.filter((o) => o.predicted === o.row.category).length, rows.length)), n: rows.length };
  }

  const isSecurityTruth = (o: Outcome): boolean => SECURITY_CATEGORIES.includes(o.row.category);
  const isSecurityPredicted = (o: Outcome): boolean => o.securityFlag || SECURITY_CATEGORIES.includes(o.predicted);
  const secTp = outcomes.filter((o) => isSecurityTruth(o) && isSecurityPredicted(o)).length;
  const secTruth = outcomes.filter(isSecurityTruth).length;
  const secPredicted = outcomes.filter(isSecurityPredicted).length;

  // Expected calibration error: how far stated confidence is from observed accuracy, bin by bin.
  const bins = Array.from({ length: CALIBRATION_BINS }, () => ({ n: 0, confidence: 0, correct: 0 }));
  for (const o of outcomes) {
    const bin = bins[Math.min(CALIBRATION_BINS - 1, Math.floor(o.confidence * CALIBRATION_BINS))];
    bin.n += 1;
    bin.confidence += o.confidence;
    bin.correct += o.predicted === o.row.category ? 1 : 0;
  }
  const ece = bins.reduce((sum, b) => sum + (b.n === 0 ? 0 : (b.n / n) * Math.abs(b.confidence / b.n - b.correct / b.n)), 0);
  const mean = (xs: readonly number[]): number =>
    ratio(
      xs.reduce((a, b) => a + b, 0),
      xs.length,
    );

  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const cpuTimes = outcomes.map((o) => o.cpuMs).sort((a, b) => a - b);
  return {
    n,
    accuracy: round(ratio(correct, n)),
    macro_f1: round(mean(f1s)),
    per_category: perCategory,
    per_language: perLanguage,
    confusion,
    security_recall: round(ratio(secTp, secTruth)),
    security_precision: round(ratio(secTp, secPredicted)),
    security_support: secTruth,
    calibration: {
      ece: round(ece),
      mean_confidence: round(mean(outcomes.map((o) => o.confidence))),
      mean_confidence_correct: round(mean(outcomes.filter((o) => o.predicted === o.row.category).map((o) => o.confidence))),
      mean_confidence_wrong: round(mean(outcomes.filter((o) => o.predicted !== o.row.category).map((o) => o.confidence))),
    },
    schema_failures: outcomes.filter((o) => !o.schemaValid).length,
    p50_ms: round(percentile(times, 50), 3),
    p99_ms: round(percentile(times, 99), 3),
    max_ms: round(times[times.length - 1] ?? 0, 3),
    p99_cpu_ms: round(percentile(cpuTimes, 99), 3),
  };
}

const SHORT: Record<Category, string> = {
  account_access: 'access',
  withdrawal_or_deposit_delay: 'w/d delay',
  unauthorized_transaction_or_fraud: 'fraud',
  identity_verification_kyc: 'kyc',
  fees_or_pricing: 'fees',
  trading_or_order_issue: 'trading',
  data_privacy_or_breach: 'privacy',
  customer_service_quality: 'service',
  other: 'other',
};

function printReport(report: ReturnType<typeof computeReport>, options: Options): void {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(`data: ${options.data.join(', ')}  classifier: ${options.classifier}  rows: ${report.n}`);
  console.log(`accuracy ${pct(report.accuracy)}   macro-F1 ${report.macro_f1.toFixed(3)}`);
  console.log(
    `security recall ${pct(report.security_recall)}   security precision ${pct(report.security_precision)}   (${report.security_support} security rows)`,
  );
  console.log(
    `calibration: ECE ${report.calibration.ece.toFixed(3)}, mean confidence ${report.calibration.mean_confidence.toFixed(2)} ` +
      `(correct ${report.calibration.mean_confidence_correct.toFixed(2)}, wrong ${report.calibration.mean_confidence_wrong.toFixed(2)})`,
  );
  console.log(`latency per complaint: p50 ${report.p50_ms} ms, p99 ${report.p99_ms} ms, max ${report.max_ms} ms (CPU time p99 ${report.p99_cpu_ms} ms)`);
  if (report.schema_failures > 0) console.log(`SCHEMA FAILURES: ${report.schema_failures}`);

  console.log('\nper category            precision  recall     F1  support');
  for (const c of CATEGORIES) {
    const m = report.per_category[c];
    console.log(
      `  ${c.padEnd(34)} ${m.precision.toFixed(2).padStart(5)}  ${m.recall.toFixed(2).padStart(6)}  ${m.f1.toFixed(2).padStart(5)}  ${String(m.support).padStart(7)}`,
    );
  }
  console.log('\nper language   accuracy     n');
  for (const [lang, m] of Object.entries(report.per_language)) console.log(`  ${lang.padEnd(12)} ${pct(m.accuracy).padStart(8)}  ${String(m.n).padStart(4)}`);

  console.log('\nconfusion (rows: truth, columns: predicted)');
  const width = 9;
  console.log(`  ${''.padEnd(width)}${CATEGORIES.map((c) => SHORT[c].padStart(width)).join('')}`);
  for (const truth of CATEGORIES) {
    console.log(`  ${SHORT[truth].padEnd(width)}${CATEGORIES.map((p) => String(report.confusion[truth][p]).padStart(width)).join('')}`);
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const rows = readRows(options.data);
  const classifier = await loadClassifier(options.classifier);
  // Warm-up, untimed: the first calls pay for JIT compilation, which a Lambda pays once per cold
  // start, not per complaint. Remote classifiers are not warmed up (that would cost money).
  if (options.classifier === 'offline') for (const row of rows.slice(0, WARM_UP_ROWS)) await classifier.classify({ text: row.text });
  const outcomes: Outcome[] = [];
  for (const [index, row] of rows.entries()) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    const result = await classifier.classify({ text: row.text });
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const schemaValid = ClassificationDecisionSchema.safeParse(result.decision).success;
    outcomes.push({
      row,
      predicted: result.decision.category,
      securityFlag: result.decision.securityFlag,
      confidence: result.decision.confidence,
      ms,
      cpuMs,
      schemaValid,
    });
    progress(index + 1, rows.length);
  }
  const report = computeReport(outcomes);
  printReport(report, options);
  if (options.errors > 0) {
    console.log(`\nfirst ${options.errors} misclassified:`);
    outcomes
      .filter((o) => o.predicted !== o.row.category)
      .slice(0, options.errors)
      .forEach((o) => {
        console.log(`  [${o.row.lang}] ${SHORT[o.row.category]} -> ${SHORT[o.predicted]} (${o.confidence.toFixed(2)}): ${o.row.text.slice(0, 140)}`);
        // Which lexicon cues fired, to see what to add or weaken.
        console.log(`      cues: ${JSON.stringify(explainLexicon(normalizeForMatching(o.row.text)))}`);
      });
  }
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify({ data: options.data, classifier: options.classifier, ...report }, null, 2)}\n`);
    console.log(`\nwrote ${options.json}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
