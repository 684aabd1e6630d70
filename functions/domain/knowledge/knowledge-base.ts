// The help articles that let Redress answer a simple complaint without a person. An article only
// applies to a case already classified into its category, when one of its cues occurs in the
// complaint and none of its "avoid" cues does; whether automation may answer at all (security,
// confidence, amounts, ...) is decided in investigate-case.ts, never here.
import { z } from 'zod';
import { CueIndex, cueNeedle } from '../classification/cue-matcher';
import { normalizeForMatching } from '../classification/normalize';
import { CATEGORIES, type Category } from '../classification/types';
import articlesFile from './articles.json';

const AnswerSchema = z
  .object({
    title: z.string().min(1).max(200),
    paragraphs: z.array(z.string().min(1).max(2000)).max(6),
    steps: z.array(z.string().min(1).max(600)).max(10),
  })
  .strict();
export type ArticleAnswer = z.infer<typeof AnswerSchema>;

const ArticleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,64}$/),
    category: z.enum(CATEGORIES),
    cues: z.array(z.string().min(1)).min(1),
    avoid: z.array(z.string().min(1)).default([]),
    answers: z.record(z.string().regex(/^[a-z]{2}$/), AnswerSchema).refine((answers) => 'en' in answers, 'every article needs an English answer'),
  })
  .strict();
export type Article = z.infer<typeof ArticleSchema>;

export const KnowledgeBaseSchema = z.object({ description: z.string().optional(), articles: z.array(ArticleSchema) }).strict();

export interface KnowledgeBase {
  /** The first article of `category` whose cues occur in `text` and whose avoid-cues do not. */
  match(category: Category, text: string): Article | undefined;
  byId(id: string): Article | undefined;
}

export function createKnowledgeBase(raw: unknown): KnowledgeBase {
  const { articles } = KnowledgeBaseSchema.parse(raw);
  const ids = new Set<string>();
  for (const a of articles) {
    if (ids.has(a.id)) throw new Error(`Duplicate article id "${a.id}"`);
    ids.add(a.id);
  }
  const index = new CueIndex(
    articles.flatMap((article, n) => [
      ...article.cues.map((cue) => ({ needle: cueNeedle(cue), value: { n, avoid: false } })),
      ...article.avoid.map((cue) => ({ needle: cueNeedle(cue), value: { n, avoid: true } })),
    ]),
  );
  return {
    match(category, text) {
      const hits = index.find(normalizeForMatching(text));
      const avoided = new Set(hits.filter((h) => h.avoid).map((h) => h.n));
      const cued = new Set(hits.filter((h) => !h.avoid).map((h) => h.n));
      return articles.find((a, n) => a.category === category && cued.has(n) && !avoided.has(n));
    },
    byId: (id) => articles.find((a) => a.id === id),
  };
}

/** The article's answer in `language`, or in English when it has none in that language. */
export function answerIn(article: Article, language: string): ArticleAnswer {
  return article.answers[language] ?? article.answers.en!;
}

/** The knowledge base shipped in articles.json; a malformed file fails at cold start, not mid-case. */
export const knowledgeBase: KnowledgeBase = createKnowledgeBase(articlesFile);
