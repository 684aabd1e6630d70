// What we found. Findings are written in English by agents or the system and shown as written;
// a help article comes from the knowledge base already translated and goes right after the facts.
import type { Block } from '../email-layout';
import type { ComposeContext, ComposedMessage, Message } from '../locale';
import type { MessageVars } from '../message-types';
import { caseFacts, paragraph } from './blocks';

export interface ResolutionWords {
  readonly subject: string;
  /** We have finished looking into the complaint; here is what we found. */
  readonly lead: string;
  /** Fact label before the category's name. */
  readonly topicLabel: string;
  /** Introduces the English findings and says they are in English; empty in English. */
  readonly findingsIntro: string;
  readonly evidenceTitle: string;
  /** Each link opens the transaction on a public blockchain explorer. */
  readonly evidenceHint: string;
  /** Compensation was proposed; a decision-maker reviews it and we email the decision {within}. */
  readonly compensationWithin: Message<'within'>;
  /** The same, when there is no time frame: as soon as the decision is made. */
  readonly compensationSoon: string;
  /** Reply if anything is unclear or you disagree; a person will answer. */
  readonly disagree: string;
}

function articleBlocks(article: MessageVars['resolution']['article']): readonly Block[] {
  if (!article) return [];
  return [
    { type: 'heading', text: article.title },
    ...article.paragraphs.map(paragraph),
    ...(article.steps.length > 0 ? [{ type: 'steps' as const, items: article.steps }] : []),
  ];
}

export function resolution(v: MessageVars['resolution'], words: ResolutionWords, ctx: ComposeContext): ComposedMessage {
  const compensation =
    v.decisionTimeFrameHours !== undefined ? ctx.fill(words.compensationWithin, { within: ctx.within(v.decisionTimeFrameHours) }) : words.compensationSoon;
  return {
    subject: words.subject,
    blocks: [
      paragraph(words.lead),
      caseFacts(ctx, v.caseNumber, { label: words.topicLabel, value: ctx.categoryLabel(v.category) }),
      ...articleBlocks(v.article),
      ...(v.findings.length > 0 ? [{ type: 'english-notes' as const, intro: words.findingsIntro, lines: v.findings }] : []),
      ...(v.evidence.length > 0
        ? [
            {
              type: 'evidence' as const,
              title: words.evidenceTitle,
              hint: words.evidenceHint,
              items: v.evidence.map((e) => ({ reference: e.reference, chain: e.chain, url: e.explorerUrl })),
            },
          ]
        : []),
      ...(v.compensationProposed ? [paragraph(compensation)] : []),
      paragraph(ctx.shared.questionFollows),
      paragraph(words.disagree),
    ],
  };
}
