// Turns human-written cues into plain substrings of normalised text and finds all of them in one
// pass (Aho–Corasick), so checking a few thousand multilingual cues costs microseconds, not a
// regex or an indexOf per cue.
import { ARABIC_SCRIPT, normalizeForMatching, UNSPACED_SCRIPT } from './normalize';

/**
 * Cues go through the same normaliser as the text, so a lexicon may say "não" or "إيداع" and
 * still meet "nao"/"ايداع". normalizeForMatching pads the text with spaces, so " word " finds a
 * whole word and " word" a word start ("withdraw*" -> " withdraw" meets "withdrawal").
 * Chinese and Arabic cues are searched anywhere: Chinese has no spaces and Arabic glues
 * و/ب/ل/ال onto the word.
 */
export function cueNeedle(source: string): string {
  const isPrefix = source.endsWith('*');
  const body = normalizeForMatching(isPrefix ? source.slice(0, -1) : source).trim();
  if (body === '') throw new Error(`Cue "${source}" is empty after normalisation`);
  if (UNSPACED_SCRIPT.test(body) || ARABIC_SCRIPT.test(body)) return body;
  return isPrefix ? ` ${body}` : ` ${body} `;
}

/** A set of needles searched together; `find` returns the values of those that occur. */
export class CueIndex<T> {
  // Keyed by UTF-16 code unit: reading text with charCodeAt allocates nothing per character.
  private readonly transitions: Array<Map<number, number>> = [new Map()];
  private readonly failure: number[] = [0];
  /** Next state down the failure chain that ends a needle, or 0. */
  private readonly outputLink: number[] = [0];
  private readonly outputs: number[][] = [[]];
  private readonly values: T[] = [];

  constructor(entries: Iterable<{ readonly needle: string; readonly value: T }>) {
    for (const { needle, value } of entries) {
      let state = 0;
      for (let i = 0; i < needle.length; i++) {
        const char = needle.charCodeAt(i);
        let next = this.transitions[state].get(char);
        if (next === undefined) {
          next = this.transitions.length;
          this.transitions.push(new Map());
          this.failure.push(0);
          this.outputLink.push(0);
          this.outputs.push([]);
          this.transitions[state].set(char, next);
        }
        state = next;
      }
      this.outputs[state].push(this.values.length);
      this.values.push(value);
    }
    this.linkFailures();
  }

  private linkFailures(): void {
    const queue: number[] = [...this.transitions[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [char, next] of this.transitions[state]) {
        let fallback = this.failure[state];
        while (fallback !== 0 && !this.transitions[fallback].has(char)) fallback = this.failure[fallback];
        const target = this.transitions[fallback].get(char);
        this.failure[next] = target !== undefined && target !== next ? target : 0;
        const f = this.failure[next];
        this.outputLink[next] = this.outputs[f].length > 0 ? f : this.outputLink[f];
        queue.push(next);
      }
    }
  }

  /** Values of every needle occurring in `text`, each once, in the order the needles were given. */
  find(text: string): T[] {
    const seen = new Uint8Array(this.values.length);
    let state = 0;
    let any = false;
    for (let i = 0; i < text.length; i++) {
      const char = text.charCodeAt(i);
      let next = this.transitions[state].get(char);
      while (next === undefined && state !== 0) {
        state = this.failure[state];
        next = this.transitions[state].get(char);
      }
      state = next ?? 0;
      for (let s = this.outputs[state].length > 0 ? state : this.outputLink[state]; s !== 0; s = this.outputLink[s]) {
        for (const id of this.outputs[s]) seen[id] = 1;
        any = true;
      }
    }
    if (!any) return [];
    const found: T[] = [];
    seen.forEach((hit, id) => {
      if (hit) found.push(this.values[id]);
    });
    return found;
  }
}

/** An index over plain cue lists, for rules that only ask which cues occur. */
export function cueIndex(sources: readonly string[]): CueIndex<string> {
  // Keyed by needle: a word listed under two languages is still one cue.
  const byNeedle = new Map(sources.map((source) => [cueNeedle(source), source] as const));
  return new CueIndex([...byNeedle].map(([needle, value]) => ({ needle, value })));
}

/**
 * One index over several named cue lists, searched in a single pass; `find` returns one tag per
 * distinct cue found, so counting a tag counts that list's cues.
 */
export function taggedCueIndex<K extends string>(lists: Readonly<Record<K, readonly string[]>>): CueIndex<K> {
  const entries = new Map<string, { needle: string; value: K }>();
  for (const tag of Object.keys(lists) as K[]) {
    for (const source of lists[tag]) {
      const needle = cueNeedle(source);
      entries.set(`${tag}\u0000${needle}`, { needle, value: tag });
    }
  }
  return new CueIndex(entries.values());
}

export function countTags<K extends string>(found: readonly K[], tag: K): number {
  return found.reduce((n, t) => (t === tag ? n + 1 : n), 0);
}
