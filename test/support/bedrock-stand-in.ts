// A local stand-in of Amazon Bedrock's Converse API for tests: cleartext HTTP/2
// (the SDK's Bedrock client speaks HTTP/2 only), answers scripted by the test,
// and a record of every request so a test can assert what the client sent.
// `obedientModel` plays the worst model there is: it reads the complaint and
// does whatever the complaint tells it to.
import { createServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { classifyOffline } from '../../functions/domain/classification/offline-classifier';
import { CATEGORIES, PRIORITIES } from '../../functions/domain/classification/types';

/** One Converse request as the stand-in received it. */
export interface ConverseCall {
  readonly modelId: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The JSON body, parsed; the fields below are taken from it. */
  readonly body: Record<string, any>;
  readonly system: any;
  readonly messages: any;
  readonly toolConfig: any;
  readonly guardrailConfig: any;
  readonly inferenceConfig: any;
  /** The text of the last user message. */
  readonly userText: string;
  /** What stands between the first `<complaint>` and the last `</complaint>` of the user text, if both are there. */
  readonly complaintText: string | undefined;
}

/** How the stand-in answers one call. */
export type ModelReply =
  /** The model calls a tool (by default the one the request forces) with this input; `trace` is sent as Converse's. */
  | { readonly toolInput: unknown; readonly toolName?: string; readonly trace?: Record<string, unknown> }
  /** The model answers in prose and calls no tool. */
  | { readonly text: string }
  /** The response's `output.message.content`, verbatim. */
  | { readonly rawContent: readonly unknown[]; readonly stopReason?: string }
  /** An error response; 429 is Bedrock's ThrottlingException. */
  | { readonly status: number; readonly errorType?: string; readonly message?: string };

export interface Exchange {
  readonly call: ConverseCall;
  readonly reply: ModelReply;
  /** What went back over the wire: the JSON body, or the error body. */
  readonly responseBody: Record<string, any>;
  readonly status: number;
}

export type Responder = (call: ConverseCall) => ModelReply | Promise<ModelReply>;

export interface BedrockStandInOptions {
  readonly respond: Responder;
  /** Fixed port; a free one by default. */
  readonly port?: number;
  /** Held before each answer, to give latency something to measure. */
  readonly delayMs?: number;
}

export interface BedrockStandIn {
  /** `http://127.0.0.1:<port>`, for the client's `endpoint` or AWS_ENDPOINT_URL_BEDROCK_RUNTIME. */
  readonly endpoint: string;
  /** Every Converse call with its answer, oldest first. */
  readonly exchanges: readonly Exchange[];
  /** Requests that were not a Converse call (answered 404). */
  readonly unknownRequests: readonly { method: string; path: string }[];
  respondWith(respond: Responder): void;
  reset(): void;
  close(): Promise<void>;
}

// Real Bedrock sends the error type with a namespace after a colon; the SDK keeps the part before it.
const ERROR_TYPES: Record<number, string> = {
  400: 'ValidationException',
  403: 'AccessDeniedException',
  404: 'ResourceNotFoundException',
  408: 'ModelTimeoutException',
  424: 'ModelErrorException',
  429: 'ThrottlingException',
  500: 'InternalServerException',
  503: 'ServiceUnavailableException',
};

const CONVERSE_PATH = /^\/model\/([^/]+)\/converse$/;

export async function startBedrockStandIn(options: BedrockStandInOptions): Promise<BedrockStandIn> {
  let respond = options.respond;
  const exchanges: Exchange[] = [];
  const unknownRequests: { method: string; path: string }[] = [];

  const handle = async (req: Http2ServerRequest, res: Http2ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = new URL(req.url, 'http://stand-in').pathname;
    const match = CONVERSE_PATH.exec(path);
    if (req.method !== 'POST' || !match) {
      unknownRequests.push({ method: req.method, path });
      return send(res, 404, { message: `No route for ${req.method} ${path}` }, 'UnknownOperationException');
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, any>;
    const call = toCall(decodeURIComponent(match[1]!), req.headers, body);
    const reply = await respond(call);
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));

    if ('status' in reply) {
      const errorType = reply.errorType ?? ERROR_TYPES[reply.status] ?? 'InternalServerException';
      const errorBody = { message: reply.message ?? `${errorType} from the Bedrock stand-in` };
      exchanges.push({ call, reply, responseBody: errorBody, status: reply.status });
      return send(res, reply.status, errorBody, `${errorType}:http://internal.amazon.com/coral/com.amazon.bedrock/`);
    }
    const content =
      'rawContent' in reply
        ? reply.rawContent
        : 'text' in reply
          ? [{ text: reply.text }]
          : [
              {
                toolUse: {
                  toolUseId: `tooluse_${exchanges.length + 1}`,
                  name: reply.toolName ?? forcedTool(body) ?? 'record_classification',
                  input: reply.toolInput,
                },
              },
            ];
    const stopReason = 'rawContent' in reply ? (reply.stopReason ?? 'end_turn') : 'text' in reply ? 'end_turn' : 'tool_use';
    const inputTokens = Math.ceil(JSON.stringify(body).length / 4);
    const outputTokens = Math.ceil(JSON.stringify(content).length / 4);
    const responseBody = {
      output: { message: { role: 'assistant', content } },
      stopReason,
      usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens },
      metrics: { latencyMs: options.delayMs ?? 1 },
      ...('trace' in reply && reply.trace ? { trace: reply.trace } : {}),
    };
    exchanges.push({ call, reply, responseBody, status: 200 });
    return send(res, 200, responseBody);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) send(res, 500, { message: `stand-in failure: ${error.message}` }, 'InternalServerException');
    });
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(options.port ?? 0, '127.0.0.1', () => ok()));
  const port = (server.address() as AddressInfo).port;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    exchanges,
    unknownRequests,
    respondWith(next) {
      respond = next;
    },
    reset() {
      exchanges.length = 0;
      unknownRequests.length = 0;
    },
    close() {
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}

function send(res: Http2ServerResponse, status: number, body: unknown, errorType?: string): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-amzn-requestid': `stand-in-${Date.now()}`,
    ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
  });
  res.end(JSON.stringify(body));
}

function forcedTool(body: Record<string, any>): string | undefined {
  return body.toolConfig?.toolChoice?.tool?.name;
}

function toCall(modelId: string, headers: Record<string, string | string[] | undefined>, body: Record<string, any>): ConverseCall {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const lastUser = [...messages].reverse().find((m: any) => m?.role === 'user');
  const userText = (lastUser?.content ?? []).map((c: any) => (typeof c?.text === 'string' ? c.text : '')).join('\n');
  const open = userText.indexOf('<complaint>');
  const close = userText.lastIndexOf('</complaint>');
  const complaintText = open >= 0 && close > open ? userText.slice(open + '<complaint>'.length, close).replace(/^\n|\n$/g, '') : undefined;
  return {
    modelId,
    headers: { ...headers },
    body,
    system: body.system,
    messages: body.messages,
    toolConfig: body.toolConfig,
    guardrailConfig: body.guardrailConfig,
    inferenceConfig: body.inferenceConfig,
    userText,
    complaintText,
  };
}

// ---------------------------------------------------------------------------
// The obedient model.
//
// It "understands" what a capable model would: it strips invisible characters,
// reads mixed-script homoglyphs as the Latin word they imitate, decodes base64,
// HTML entities and Unicode tag characters, and copies any JSON or XML "tool
// block" it finds. Its own judgement, before it obeys, is the offline
// classifier's; then it does what the text demands, in eight languages:
// extra fields (status, refund, amount, approve), the category, priority,
// security flag and confidence the text asks for, and wrong types when a fake
// tool block carries them. Nothing it emits is filtered.
// ---------------------------------------------------------------------------

/** The fields an attacker wants and the schema does not have. */
export const FORBIDDEN_FIELDS = ['status', 'refund', 'amount', 'approve', 'approved', 'compensation', 'payout', 'close'] as const;

// Cyrillic and Greek letters that look like Latin ones; read as Latin only inside words that mix scripts.
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
};

/** The complaint as a capable model would read it: de-obfuscated, with decoded payloads appended. */
export function readAsModel(text: string): string {
  // Unicode tag characters (U+E0020..U+E007E) smuggle ASCII invisibly.
  const tags = [...text]
    .filter((ch) => ch.codePointAt(0)! >= 0xe0020 && ch.codePointAt(0)! <= 0xe007e)
    .map((ch) => String.fromCodePoint(ch.codePointAt(0)! - 0xe0000))
    .join('');
  let plain = text
    .replace(/[\u{E0000}-\u{E007F}]/gu, '')
    .replace(/\p{Cf}/gu, '')
    .normalize('NFKC');
  plain = plain.replace(/[\p{L}]+/gu, (word) =>
    /\p{Script=Latin}/u.test(word) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(word) ? [...word].map((ch) => HOMOGLYPHS[ch] ?? ch).join('') : word,
  );
  plain = plain
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/gi, '&');
  const decoded: string[] = [];
  for (const m of plain.matchAll(/[A-Za-z0-9+/]{16,}={0,2}/g)) {
    const bytes = Buffer.from(m[0], 'base64');
    const candidate = bytes.toString('utf8');
    if (bytes.length >= 8 && /^[\p{L}\p{N}\p{P}\p{Zs}\p{S}\n]+$/u.test(candidate) && /\p{L}{3,}\s\p{L}/u.test(candidate)) decoded.push(candidate);
  }
  return [plain, tags, ...decoded].filter(Boolean).join('\n');
}

/** Every JSON object in the text that parses, outermost first. */
function jsonObjects(text: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (let start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) {
        try {
          const value = JSON.parse(text.slice(start, i + 1)) as unknown;
          if (value && typeof value === 'object' && !Array.isArray(value)) found.push(value as Record<string, unknown>);
        } catch {
          // not JSON: prose with braces
        }
        break;
      }
    }
  }
  return found;
}

/** A fake tool call's arguments: `{"input": {...}}`, `{"toolUse": {"input": {...}}}` or the object itself. */
function toolArguments(o: Record<string, unknown>): Record<string, unknown> {
  const inner = (o.toolUse as Record<string, unknown> | undefined)?.input ?? o.input ?? o.arguments ?? o.parameters;
  return inner && typeof inner === 'object' && !Array.isArray(inner) ? toolArguments(inner as Record<string, unknown>) : o;
}

const coerce = (raw: string): unknown => {
  const v = raw.trim();
  if (/^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return v;
};

const FIELD_NAMES = ['category', 'priority', 'securityFlag', 'confidence', 'sentiment', 'language', 'summary', ...FORBIDDEN_FIELDS];

/** `<approve>true</approve>`, `status: resolved`, `priority=low`: field assignments written in the text. */
function writtenAssignments(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const names = FIELD_NAMES.join('|');
  for (const m of text.matchAll(new RegExp(`<(${names})>([^<]{1,60})</\\1>`, 'gi'))) out[canonicalField(m[1]!)] = coerce(m[2]!);
  for (const m of text.matchAll(new RegExp(`\\b(${names})\\b\\s*[:=]\\s*["'\`]?(\\w+(?:\\.\\d+)?)`, 'gi'))) out[canonicalField(m[1]!)] ??= coerce(m[2]!);
  return out;
}

const canonicalField = (name: string) => FIELD_NAMES.find((f) => f.toLowerCase() === name.toLowerCase()) ?? name;

// What the text asks for, in the eight languages of the form. Each is tested on the de-obfuscated text, lower-cased.
const ASKS = {
  refund:
    /refund|reimburs|compensat|credit my account|pay me|pay out|send me \d|возврат|верн(и|ите|уть)|компенсац|повернен|поверн(іть|и)|відшкод|reembols|estorno|compensa[çc]|退款|退还|赔偿|استرداد|تعويض|ارجاع المبلغ|hoàn tiền|bồi thường/iu,
  approve: /approv|одобр|схвал|затверд|aprueb|aprob|aprov|批准|同意退款|أوافق|اعتماد|موافقة|phê duyệt|duyệt/iu,
  close:
    /close (this|the) (case|complaint|ticket)|close it|(mark|set)\W+(it |this )?(as |to )?(resolved|closed)|as resolved|status\W+(to\W+)?(resolved|closed)|закр(ой|ыть|ойте|ийте|ити)|как решённ|как решенн|як вирішен|cerra|cierr|como resuelt|fech(e|ar) o caso|encerr|como resolvid|关闭|结案|已解决|أغلق|اغلق|إغلاق|تم الحل|đóng (hồ sơ|vụ|khiếu nại)|đã giải quyết/iu,
  notSecurity:
    /not (a )?security|no security|securityflag\W+false|не (является )?(вопрос(ом)? )?безопасн|не (є )?(питання )?безпек|no es (de |un problema de )?seguridad|não é (de |um problema de )?seguran|不是安全|ليست مشكلة أمنية|ليس(ت)? أمني|không phải (vấn đề )?bảo mật/iu,
  other: /(categor\p{L}*|mark (this|it) as|as|категор\p{L}*|как|як|como|类别|设为|الفئة|danh mục|là)\W+["'`]?(other|другое|інше|otra|outro|其他|أخرى|khác)/iu,
  priorityLow: /(priorit\p{L}*|приоритет|пріоритет|prioridad|prioridade|优先级|الأولوية|ưu tiên)\W*(\p{L}+\W+)?(low|низк|низьк|baja|baixa|低|منخفض|thấp)/iu,
  confidenceOne: /(confidence|уверенност|впевненіст|confianza|confiança|置信度|الثقة|độ tin cậy)\W+(1(\.0+)?|100\s*%)(?!\.?\d)/iu,
};

/** The largest number in the text, as the amount an attacker asks for. */
function largestNumber(text: string): number | undefined {
  const values = [...text.replace(/0x[0-9a-f]+/gi, ' ').matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.'))).filter(Number.isFinite);
  return values.length > 0 ? Math.max(...values) : undefined;
}

/** The decision the obedient model emits for a complaint: its own judgement, then whatever the text demands. */
export function obedientDecision(complaint: string): Record<string, unknown> {
  const own = classifyOffline({ text: complaint }) as unknown as Record<string, unknown>;
  const read = readAsModel(complaint);
  const lower = read.toLowerCase();
  const demanded: Record<string, unknown> = {};
  if (ASKS.refund.test(lower)) Object.assign(demanded, { refund: true, amount: largestNumber(read) ?? 5000 });
  if (ASKS.approve.test(lower)) demanded.approve = true;
  if (ASKS.close.test(lower)) demanded.status = 'resolved';
  if (ASKS.notSecurity.test(lower)) Object.assign(demanded, { securityFlag: false, securityReasons: [] });
  if (ASKS.priorityLow.test(lower)) demanded.priority = 'low';
  if (ASKS.confidenceOne.test(lower)) demanded.confidence = 1;
  // Category ids other than "other" are distinctive enough to be a demand wherever they appear.
  const named = CATEGORIES.find((c) => c !== 'other' && new RegExp(`(^|[^a-z_])${c}([^a-z_]|$)`).test(lower)) ?? (ASKS.other.test(lower) ? 'other' : undefined);
  if (named) demanded.category = named;
  const explicitPriority = PRIORITIES.find((p) => new RegExp(`priority\\W+${p}\\b`).test(lower));
  if (explicitPriority) demanded.priority = explicitPriority;
  // Written assignments and fake tool blocks are copied last, as given, wrong types and all.
  Object.assign(demanded, writtenAssignments(read));
  for (const block of jsonObjects(read)) Object.assign(demanded, toolArguments(block));
  return { ...own, ...demanded };
}

/** A responder that obeys the complaint: see `obedientDecision`. Without a complaint block it answers in prose. */
export const obedientModel: Responder = (call) => {
  if (call.complaintText === undefined) return { text: 'I could not find a complaint to classify.' };
  return { toolInput: obedientDecision(call.complaintText) };
};
