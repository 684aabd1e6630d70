// Reads the labelled JSONL files under test/classification/data for the classification tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category, SecurityReason } from '../../functions/domain/classification/types';

export interface LabelledComplaint {
  readonly text: string;
  readonly category: Category;
  readonly lang: string;
}

export interface SecurityExample {
  readonly text: string;
  readonly lang: string;
  /** Empty for complaints that are not security matters. */
  readonly reasons: SecurityReason[];
}

export const LANGUAGES = ['en', 'ru', 'uk', 'ar', 'vi', 'pt', 'es', 'zh'] as const;

/** Labelled files no fit reads (data/held-back.json). */
export const HELD_BACK_FILES: readonly string[] = (JSON.parse(readFileSync(join(__dirname, 'data', 'held-back.json'), 'utf8')) as { files: string[] }).files;

export function readJsonl<T>(name: string): T[] {
  return readFileSync(join(__dirname, 'data', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}
