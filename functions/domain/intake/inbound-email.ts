// What Redress reads of an email a customer sends: who sent it, the subject, and the text they
// wrote, without the quoted thread below it. Automated mail (auto-replies, bounces, lists) is
// recognised so that it never opens a case or answers one: two auto-responders must not loop.
import { simpleParser, type AddressObject } from 'mailparser';

export interface InboundEmail {
  /** The Message-ID header, or a hash of the raw message when it has none: redelivery gives the same id. */
  readonly messageId: string;
  readonly fromAddress?: string;
  readonly fromName?: string;
  readonly subject: string;
  /** The customer's own words: plain text, quoted replies and signatures' separators cut. */
  readonly text: string;
  /** Why this is machine-sent mail, when it is. */
  readonly automated?: string;
  /** How many attachments came with it; their content is not kept (ID documents are personal data). */
  readonly attachments: number;
}

/** A case number as Redress writes it in every subject ("[RDR-KB7V-YB] …"). */
const CASE_NUMBER = /\bRDR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}\b/;

export function caseNumberIn(subject: string): string | undefined {
  return CASE_NUMBER.exec(subject.toUpperCase())?.[0];
}

// Where a reply's quoted thread starts, in the mail clients and languages customers use.
const QUOTE_HEADERS: readonly RegExp[] = [
  /^On .{4,200} wrote:\s*$/i,
  /^Le .{4,200} a écrit\s*:\s*$/i,
  /^El .{4,200} escribió:\s*$/i,
  /^Em .{4,200} escreveu:\s*$/i,
  /^Am .{4,200} schrieb .{0,100}:\s*$/i,
  /^.{4,200} (написал|написала|написав|написала\(а\)|написал\(а\)):\s*$/i,
  /^.{0,200}(写道|寫道)[:：]\s*$/,
  /^.{4,200} كتب:\s*$/,
  /^Vào .{4,200} đã viết:\s*$/i,
  /^-{2,}\s*(Original Message|Исходное сообщение|Mensaje original|Mensagem original|Message d'origine)\s*-{2,}\s*$/i,
  /^_{10,}\s*$/,
  /^From: .+$/i,
];

/** The text above the quoted thread, with '>'-quoted lines dropped. */
export function stripQuotedReply(text: string): string {
  const kept: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = line.trim();
    if (QUOTE_HEADERS.some((re) => re.test(trimmed))) break;
    if (trimmed.startsWith('>')) continue;
    kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function automatedReason(headers: Map<string, unknown>, fromAddress: string | undefined, contentType: string): string | undefined {
  const value = (name: string): string => {
    const v = headers.get(name);
    if (v === undefined || v === null) return '';
    return (typeof v === 'object' && 'value' in (v as object) ? String((v as { value: unknown }).value) : String(v)).toLowerCase();
  };
  const autoSubmitted = value('auto-submitted');
  if (autoSubmitted && autoSubmitted !== 'no') return 'auto_submitted';
  if (headers.has('x-autoreply') || headers.has('x-autorespond')) return 'auto_reply';
  if (['bulk', 'junk', 'list', 'auto_reply'].includes(value('precedence'))) return 'bulk';
  // mailparser gathers the List-* headers into one 'list' entry.
  if (headers.has('list') || headers.has('list-id') || headers.has('list-unsubscribe')) return 'mailing_list';
  if (fromAddress && /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@/i.test(fromAddress)) return 'system_sender';
  if (contentType.includes('multipart/report')) return 'delivery_report';
  return undefined;
}

function firstAddress(from: AddressObject | undefined): { address?: string; name?: string } {
  const entry = from?.value?.[0];
  return { ...(entry?.address ? { address: entry.address.trim().toLowerCase() } : {}), ...(entry?.name ? { name: entry.name.trim() } : {}) };
}

/** Parses a raw RFC 5322 message (as SES stores it in S3, or as an SMTP server receives it). */
export async function readInboundEmail(raw: Buffer | string, fallbackId: string): Promise<InboundEmail> {
  const mail = await simpleParser(raw, { skipHtmlToText: false, skipTextToHtml: true, skipImageLinks: true });
  const { address, name } = firstAddress(mail.from);
  const contentType = String((mail.headers.get('content-type') as { value?: string } | undefined)?.value ?? '').toLowerCase();
  const body = mail.text ?? (typeof mail.html === 'string' ? mail.html.replace(/<[^>]+>/g, ' ') : '');
  const automated = automatedReason(mail.headers as Map<string, unknown>, address, contentType);
  return {
    messageId: (mail.messageId ?? '').trim() || fallbackId,
    ...(address ? { fromAddress: address } : {}),
    ...(name ? { fromName: name } : {}),
    subject: (mail.subject ?? '').trim(),
    text: stripQuotedReply(body),
    ...(automated ? { automated } : {}),
    attachments: mail.attachments?.length ?? 0,
  };
}
