// The WAF in front of the public API, read from the synthesized template and
// run by a small evaluator of its statements: every complaint the form accepts
// gets through, in any language and either encoding, and a body larger than
// any valid complaint does not; the rate rule never counts staff routes.
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { ComplaintSubmissionSchema, fromFormFields } from '../../functions/domain/intake/complaint-schema';
import type { HttpEvent } from '../../functions/handlers/shared/http';
import { readRequestBody } from '../../functions/handlers/shared/http-edge';
import { buildApp } from '../../infra/app';

// ---------------------------------------------------------------------------
// A web ACL as CloudFormation has it, and what WAF does with one request.
// ---------------------------------------------------------------------------

type Statement = Record<string, any>;
interface Rule {
  readonly Name: string;
  readonly Priority: number;
  readonly Statement: Statement;
  readonly Action?: Record<string, unknown>;
  readonly OverrideAction?: Record<string, unknown>;
}
interface WebAcl {
  readonly Rules: readonly Rule[];
  readonly AssociationConfig?: { RequestBody?: Record<string, { DefaultSizeInspectionLimit: string }> };
}
interface WafRequest {
  readonly path: string;
  readonly body: Buffer;
}
interface Verdict {
  readonly action: 'ALLOW' | 'BLOCK';
  /** The rule that blocked the request. */
  readonly rule?: string;
  /** Rate rules whose scope includes the request (the request counts towards their limit). */
  readonly rateCounted: readonly string[];
}

/** How much of a body API Gateway hands WAF: the web ACL's setting, 16 KB when unset. */
function inspectionLimitBytes(acl: WebAcl): number {
  const setting = acl.AssociationConfig?.RequestBody?.API_GATEWAY?.DefaultSizeInspectionLimit ?? 'KB_16';
  return Number(/^KB_(\d+)$/.exec(setting)![1]) * 1024;
}

/** AWS documents SizeRestrictions_BODY as matching bodies over 8 KB. */
const COMMON_RULE_SET_BODY_LIMIT = 8 * 1024;

function matches(statement: Statement, request: WafRequest, inspectionLimit: number): boolean {
  const [kind, s] = Object.entries(statement)[0]!;
  switch (kind) {
    case 'AndStatement':
      return s.Statements.every((x: Statement) => matches(x, request, inspectionLimit));
    case 'OrStatement':
      return s.Statements.some((x: Statement) => matches(x, request, inspectionLimit));
    case 'NotStatement':
      return !matches(s.Statement, request, inspectionLimit);
    case 'RegexMatchStatement': {
      expect(Object.keys(s.FieldToMatch)).toEqual(['UriPath']);
      expect(s.TextTransformations).toEqual([{ Priority: 0, Type: 'NONE' }]);
      return new RegExp(s.RegexString).test(request.path);
    }
    case 'SizeConstraintStatement': {
      expect(Object.keys(s.FieldToMatch)).toEqual(['Body']);
      let size = request.body.length;
      if (size > inspectionLimit) {
        // WAF sees only the first `inspectionLimit` bytes; the rule says what that means.
        const oversize = s.FieldToMatch.Body.OversizeHandling ?? 'CONTINUE';
        if (oversize === 'MATCH') return true;
        if (oversize === 'NO_MATCH') return false;
        size = inspectionLimit;
      }
      const compare: Record<string, (a: number, b: number) => boolean> = {
        GT: (a, b) => a > b,
        GE: (a, b) => a >= b,
        LT: (a, b) => a < b,
        LE: (a, b) => a <= b,
        EQ: (a, b) => a === b,
        NE: (a, b) => a !== b,
      };
      return compare[s.ComparisonOperator]!(size, s.Size);
    }
    default:
      throw new Error(`The evaluator does not know ${kind}`);
  }
}

/** Rules in priority order; the first terminating match decides. Rates are not modelled, only who counts. */
function decide(acl: WebAcl, request: WafRequest): Verdict {
  const limit = inspectionLimitBytes(acl);
  const rateCounted: string[] = [];
  for (const rule of [...acl.Rules].sort((a, b) => a.Priority - b.Priority)) {
    const s = rule.Statement;
    if (s.RateBasedStatement) {
      if (!s.RateBasedStatement.ScopeDownStatement || matches(s.RateBasedStatement.ScopeDownStatement, request, limit)) rateCounted.push(rule.Name);
      continue;
    }
    if (s.ManagedRuleGroupStatement) {
      const group = s.ManagedRuleGroupStatement;
      if (group.Name !== 'AWSManagedRulesCommonRuleSet' || rule.OverrideAction?.Count) continue;
      // Of the common rule set, only its body size rule is modelled: the one complaints run into.
      const override = (group.RuleActionOverrides ?? []).find((o: { Name: string }) => o.Name === 'SizeRestrictions_BODY');
      const blocks = !override || 'Block' in override.ActionToUse;
      if (request.body.length > COMMON_RULE_SET_BODY_LIMIT && blocks) return { action: 'BLOCK', rule: `${rule.Name}/SizeRestrictions_BODY`, rateCounted };
      continue;
    }
    if (matches(s, request, limit) && rule.Action && 'Block' in rule.Action) return { action: 'BLOCK', rule: rule.Name, rateCounted };
  }
  return { action: 'ALLOW', rateCounted };
}

// ---------------------------------------------------------------------------
// The largest complaints the form accepts.
// ---------------------------------------------------------------------------

const SCRIPTS = {
  // Two UTF-8 bytes a letter.
  Cyrillic: { language: 'ru', letters: 'мойвыводсредствзависужетридняподдержканеотвечает' },
  // Three UTF-8 bytes a character: the widest a script gets in UTF-16 code units.
  Chinese: { language: 'zh', letters: '我的提现已经三天没有到账客服也不回复请帮我处理' },
  Arabic: { language: 'ar', letters: 'سحبيمعلقمنذثلاثةأياموالدعملايرد' },
} as const;
type Script = keyof typeof SCRIPTS;

/** `n` characters of the script, no spaces (a space is one byte, so text with spaces is smaller). */
const textIn = (script: Script, n: number) => [...SCRIPTS[script].letters.repeat(Math.ceil(n / SCRIPTS[script].letters.length))].slice(0, n).join('');

/** The limits come from the schema itself (the JSON Schema of its input), never restated here. */
const maxLengthOf = (field: z.ZodType) => (z.toJSONSchema(field, { io: 'input' }) as { maxLength: number }).maxLength;
const listLimitsOf = (field: z.ZodType) => {
  const s = z.toJSONSchema(field, { io: 'input' }) as { maxItems: number; items: { maxLength: number } };
  return { maxItems: s.maxItems, itemMaxLength: s.items.maxLength };
};
const shape = ComplaintSubmissionSchema.shape;

/** Every field at the schema's maximum: the description and the name in the script, the rest at their longest. */
function largestComplaint(script: Script) {
  const domain = '@' + 'exchange'.repeat(8) + '.example';
  const { maxItems, itemMaxLength } = listLimitsOf(shape.transactionHashes);
  return {
    name: textIn(script, maxLengthOf(shape.name)),
    email: 'a'.repeat(maxLengthOf(shape.email) - domain.length) + domain,
    accountId: 'A1_-'.repeat(maxLengthOf(shape.accountId)).slice(0, maxLengthOf(shape.accountId)),
    description: textIn(script, maxLengthOf(shape.description)),
    transactionHashes: Array.from({ length: maxItems }, (_, i) => (i.toString(16) + 'f'.repeat(itemMaxLength)).slice(0, itemMaxLength)),
    language: SCRIPTS[script].language,
    wantsHuman: true,
  };
}

type Complaint = ReturnType<typeof largestComplaint>;
type Body = { readonly label: string; readonly contentType: string; readonly body: string };

/** As the form's script sends it. */
const asJson = (c: Complaint): string => JSON.stringify(c);
/** As a browser posts the form without JavaScript: UTF-8, percent-encoded, line breaks in the hash box as CRLF. */
const asForm = (c: Complaint): string => new URLSearchParams({ ...c, transactionHashes: c.transactionHashes.join('\r\n'), wantsHuman: 'true' }).toString();
/** As a client may legally send it: every code unit escaped as \uXXXX. */
const asJsonAllEscaped = (c: Complaint): string => {
  const str = (s: string) => `"${[...Array(s.length).keys()].map((i) => '\\u' + s.charCodeAt(i).toString(16).padStart(4, '0')).join('')}"`;
  const value = (v: unknown): string => (typeof v === 'string' ? str(v) : Array.isArray(v) ? `[${v.map(value).join(',')}]` : JSON.stringify(v));
  return `{${Object.entries(c)
    .map(([k, v]) => `${str(k)}:${value(v)}`)
    .join(',')}}`;
};
/** As a client may legally send it: every byte percent-encoded, letters and digits too. */
const asFormAllEncoded = (c: Complaint): string => {
  const pct = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
  const fields = { ...c, transactionHashes: c.transactionHashes.join('\r\n'), wantsHuman: 'true' };
  return Object.entries(fields)
    .map(([k, v]) => `${pct(k)}=${pct(String(v))}`)
    .join('&');
};

const worstCaseBodies: Body[] = (Object.keys(SCRIPTS) as Script[]).flatMap((script) => {
  const c = largestComplaint(script);
  return [
    { label: `${script}, JSON from the form's script`, contentType: 'application/json', body: asJson(c) },
    { label: `${script}, form post without JavaScript`, contentType: 'application/x-www-form-urlencoded', body: asForm(c) },
    { label: `${script}, JSON with every character escaped`, contentType: 'application/json', body: asJsonAllEscaped(c) },
    { label: `${script}, form post with every byte percent-encoded`, contentType: 'application/x-www-form-urlencoded', body: asFormAllEncoded(c) },
  ];
});

const bytes = (b: Body) => Buffer.byteLength(b.body, 'utf8');

// ---------------------------------------------------------------------------

let template: Template;
let acl: WebAcl;
let stage: string;

beforeAll(() => {
  template = Template.fromStack(buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [] } })).appStack);
  const acls = Object.values(template.findResources('AWS::WAFv2::WebACL'));
  expect(acls).toHaveLength(1);
  acl = acls[0]!.Properties as WebAcl;
  stage = Object.values(template.findResources('AWS::ApiGateway::Stage'))[0]!.Properties.StageName as string;
});

const complaintPath = () => `/${stage}/api/complaints`;
const sizeRule = () => acl.Rules.find((r) => r.Statement.AndStatement?.Statements.some((s: Statement) => s.SizeConstraintStatement))!;
const threshold = () =>
  (sizeRule().Statement.AndStatement.Statements as Statement[]).find((s) => s.SizeConstraintStatement)!.SizeConstraintStatement.Size as number;

describe('the largest complaints the form accepts', () => {
  it.each(worstCaseBodies.map((b) => [b.label, b] as const))('are valid complaints at every limit, read the way the API reads them: %s', async (_label, b) => {
    // Act: the complaint API's own body parsing and validation
    const event = { body: b.body, isBase64Encoded: false, headers: { 'Content-Type': b.contentType } } as unknown as HttpEvent;
    const { fields, form } = await readRequestBody(event);
    const parsed = ComplaintSubmissionSchema.safeParse(form ? fromFormFields(fields as Record<string, string>) : fields);

    // Assess: accepted, and really at the limits
    expect(parsed.success).toBe(true);
    expect(parsed.data!.description.length).toBe(maxLengthOf(shape.description));
    expect(parsed.data!.transactionHashes).toHaveLength(listLimitsOf(shape.transactionHashes).maxItems);
  });

  it('are as large as the issue measured: 5,000 Chinese characters form-encoded come to about 45 KB, Cyrillic in JSON to about 9 KB of description', () => {
    const zh = worstCaseBodies.find((b) => b.label === 'Chinese, form post without JavaScript')!;
    expect(bytes(zh)).toBeGreaterThan(45_000);
    expect(Buffer.byteLength(textIn('Cyrillic', 5000))).toBe(10_000);
  });
});

describe('the web ACL', () => {
  it('has API Gateway hand WAF the largest body it can (64 KB), and every worst-case complaint fits in it whole', () => {
    expect(inspectionLimitBytes(acl)).toBe(64 * 1024);
    for (const b of worstCaseBodies) expect(bytes(b)).toBeLessThanOrEqual(inspectionLimitBytes(acl));
  });

  it("counts AWS's 8 KB body size rule instead of blocking with it", () => {
    const common = acl.Rules.find((r) => r.Statement.ManagedRuleGroupStatement?.Name === 'AWSManagedRulesCommonRuleSet')!;
    expect(common.Statement.ManagedRuleGroupStatement.RuleActionOverrides).toEqual([{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }]);
  });

  it.each(worstCaseBodies.map((b) => [b.label, b] as const))('admits the largest complaint: %s', (_label, b) => {
    // Act
    const verdict = decide(acl, { path: complaintPath(), body: Buffer.from(b.body, 'utf8') });
    // Assess
    expect(verdict).toMatchObject({ action: 'ALLOW' });
    expect(bytes(b)).toBeLessThanOrEqual(threshold());
  });

  it('would block them with the common rule set as it was (the evaluator sees the bug this fixes)', () => {
    const asBefore: WebAcl = {
      Rules: acl.Rules.map((r) =>
        r.Statement.ManagedRuleGroupStatement
          ? { ...r, Statement: { ManagedRuleGroupStatement: { ...r.Statement.ManagedRuleGroupStatement, RuleActionOverrides: undefined } } }
          : r,
      ),
    };
    const blocked = worstCaseBodies.filter((b) => decide(asBefore, { path: complaintPath(), body: Buffer.from(b.body, 'utf8') }).action === 'BLOCK');
    expect(blocked.length).toBe(worstCaseBodies.length);
  });

  it('blocks a public body one byte larger than its threshold, and one larger than WAF can inspect', () => {
    // Prepare: the threshold is above every valid complaint and within what WAF sees
    const largestValid = Math.max(...worstCaseBodies.map(bytes));
    expect(threshold()).toBeGreaterThanOrEqual(largestValid);
    expect(threshold()).toBeLessThanOrEqual(inspectionLimitBytes(acl));

    // Act
    const justOver = decide(acl, { path: complaintPath(), body: Buffer.alloc(threshold() + 1, 'a') });
    const atThreshold = decide(acl, { path: complaintPath(), body: Buffer.alloc(threshold(), 'a') });
    const uninspectable = decide(acl, { path: complaintPath(), body: Buffer.alloc(inspectionLimitBytes(acl) + 1, 'a') });
    const toAnswers = decide(acl, { path: `/${stage}/answers/abcdefghijklmnop`, body: Buffer.alloc(threshold() + 1, 'a') });

    // Assess
    expect(atThreshold.action).toBe('ALLOW');
    expect(justOver).toMatchObject({ action: 'BLOCK', rule: sizeRule().Name });
    expect(uninspectable).toMatchObject({ action: 'BLOCK', rule: sizeRule().Name });
    expect(toAnswers).toMatchObject({ action: 'BLOCK', rule: sizeRule().Name });
  });

  it('leaves staff bodies to the staff API: a large findings post is not blocked by the complaint size rule', () => {
    const verdict = decide(acl, { path: `/${stage}/api/cases/c0123456789abcdef0123456789abcde/findings`, body: Buffer.alloc(threshold() + 1, 'a') });
    expect(verdict.action).toBe('ALLOW');
  });
});

describe('the per-IP rate rule', () => {
  /** Every method's path, read from the template, with the function behind it. */
  function routes(): { path: string; fn: string }[] {
    const resources = template.findResources('AWS::ApiGateway::Resource');
    const pathOf = (ref: Record<string, unknown>): string => {
      if ('Fn::GetAtt' in ref) return ''; // the API's root resource
      const r = resources[(ref as { Ref: string }).Ref]!.Properties;
      return `${pathOf(r.ParentId)}/${r.PathPart}`;
    };
    const sample: Record<string, string> = {
      '{caseId}': 'c0123456789abcdef0123456789abcde',
      '{compensationId}': 'c0123456789abcdef0123456789abcde.p1',
      '{linkId}': 'Zk3q_8sR-2mW9xYt',
    };
    return Object.values(template.findResources('AWS::ApiGateway::Method')).map((m) => {
      const uri = JSON.stringify(m.Properties.Integration.Uri);
      return {
        path: `/${stage}${pathOf(m.Properties.ResourceId) || '/'}`.replace(/\{\w+\}/g, (p) => sample[p]!),
        fn: /"Fn::GetAtt":\["(\w+?)Fn[0-9A-F]{8}","Arn"\]/.exec(uri)![1]!,
      };
    });
  }
  const rate = () => acl.Rules.find((r) => r.Statement.RateBasedStatement)!;

  it('limits each IP on the public routes', () => {
    expect(rate()).toMatchObject({ Action: { Block: {} }, Statement: { RateBasedStatement: { Limit: 300, AggregateKeyType: 'IP' } } });
    const publicRoutes = routes().filter((r) => r.fn !== 'StaffApi');
    expect(publicRoutes.map((r) => r.path).sort()).toEqual([
      `/${stage}/`,
      `/${stage}/answers/Zk3q_8sR-2mW9xYt`,
      `/${stage}/answers/Zk3q_8sR-2mW9xYt`,
      `/${stage}/api/complaints`,
    ]);
    for (const r of publicRoutes) expect(decide(acl, { path: r.path, body: Buffer.alloc(0) }).rateCounted).toEqual([rate().Name]);
  });

  it('never counts a route the staff API serves, so staff behind one office NAT are not locked out', () => {
    const staffRoutes = routes().filter((r) => r.fn === 'StaffApi');
    expect(staffRoutes.length).toBeGreaterThanOrEqual(8);
    for (const r of staffRoutes) expect(decide(acl, { path: r.path, body: Buffer.alloc(0) }).rateCounted).toEqual([]);
  });

  it.each([
    ['a path that only starts like the console', '/v1/consoles'],
    ['a path that only starts like the case API', '/v1/api/casesx'],
    ['a dot segment out of a staff path', '/v1/api/cases/../complaints'],
    ['an encoded character', '/v1/api/cases%2F..%2Fcomplaints'],
    ['an empty segment', '/v1/api/cases//x'],
    ['an unknown path', '/v1/wp-login.php'],
  ])('still counts %s', (_what, path) => {
    expect(decide(acl, { path, body: Buffer.alloc(0) }).rateCounted).toEqual([rate().Name]);
  });
});
