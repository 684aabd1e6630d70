// The public API's web ACL rules in one place: what WAF counts, what it
// blocks, and why no complaint the form accepts is refused at the edge.
// app-stack.ts puts them on the web ACL in front of the API stage.
import type * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { largestComplaintBodyBytes } from '../../functions/domain/intake/complaint-body-size';

/**
 * How much of a body API Gateway forwards to WAF: 64 KB, the most it can (16 KB unless raised,
 * and every rule that reads the body sees only that much). Above 16 KB WAF charges extra per request.
 */
export const BODY_INSPECTION = { limit: 'KB_64', bytes: 64 * 1024 } as const;

/**
 * Bodies above this are blocked: the largest valid complaint (every field at its maximum in the
 * widest characters, form-encoded) rounded up to a whole KiB. A schema that allowed more than
 * WAF can inspect would make the rule block valid complaints, so that fails at synth.
 */
export function complaintBodyLimitBytes(): number {
  const largest = largestComplaintBodyBytes();
  const limit = Math.ceil(largest / 1024) * 1024;
  if (limit > BODY_INSPECTION.bytes) {
    throw new Error(
      `The largest valid complaint takes ${largest} bytes, more than the ${BODY_INSPECTION.bytes} WAF can inspect on API Gateway: lower the form's limits or rethink the WAF`,
    );
  }
  return limit;
}

export interface PublicApiWafRulesProps {
  /** The API stage, which prefixes every path on the execute-api domain. */
  readonly stageName: string;
  /** Paths (below the stage) of the staff console and the staff API, e.g. `api/cases`: each with everything under it. */
  readonly staffPathPrefixes: readonly string[];
  /** Requests one IP may make to the public routes in 5 minutes. */
  readonly ratePer5Minutes: number;
}

const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: false,
});

/**
 * Matches staff paths only: the prefix, then path segments of the characters ids use (a
 * compensation id has a dot inside, never at either end). A path with `.` or `..` segments,
 * encoded characters or empty segments is not a staff path, so an odd request is counted and
 * inspected like any public one. The stage is optional: a custom domain's base path mapping drops it.
 */
export function staffPathPattern(props: Pick<PublicApiWafRulesProps, 'stageName' | 'staffPathPrefixes'>): string {
  const plain = /^[a-z0-9]+(\/[a-z0-9]+)*$/;
  for (const p of [props.stageName, ...props.staffPathPrefixes]) if (!plain.test(p)) throw new Error(`Not a plain path for the WAF pattern: ${p}`);
  return `^(/${props.stageName})?/(${props.staffPathPrefixes.join('|')})(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*)*/?$`;
}

export function publicApiWafRules(props: PublicApiWafRulesProps): wafv2.CfnWebACL.RuleProperty[] {
  // The rate rule and the size rule look at public routes only. Written as "not a staff path"
  // rather than a list of public ones, so a route added later is limited until someone decides
  // otherwise, and so is a scanner's request for a path that does not exist. Staff routes need a
  // Cognito session API Gateway checks before any function runs, and staff behind one office
  // NAT would otherwise share one IP's budget and lock each other out.
  const publicRoutes: wafv2.CfnWebACL.StatementProperty = {
    notStatement: {
      statement: {
        regexMatchStatement: { fieldToMatch: { uriPath: {} }, regexString: staffPathPattern(props), textTransformations: [{ priority: 0, type: 'NONE' }] },
      },
    },
  };
  return [
    {
      name: 'rate-per-ip',
      priority: 0,
      action: { block: {} },
      statement: { rateBasedStatement: { limit: props.ratePer5Minutes, aggregateKeyType: 'IP', scopeDownStatement: publicRoutes } },
      visibilityConfig: visibility('redress-rate-per-ip'),
    },
    {
      // Only what no valid complaint can be; a body WAF cannot see whole (over the inspection
      // limit) matches too. Staff bodies are left to the staff API's own limits.
      name: 'body-larger-than-any-complaint',
      priority: 1,
      action: { block: {} },
      statement: {
        andStatement: {
          statements: [
            publicRoutes,
            {
              sizeConstraintStatement: {
                fieldToMatch: { body: { oversizeHandling: 'MATCH' } },
                comparisonOperator: 'GT',
                size: complaintBodyLimitBytes(),
                textTransformations: [{ priority: 0, type: 'NONE' }],
              },
            },
          ],
        },
      },
      visibilityConfig: visibility('redress-body-size'),
    },
    {
      name: 'aws-common',
      priority: 2,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name: 'AWSManagedRulesCommonRuleSet',
          // Its body size rule blocks anything over 8 KB: 5,000 Cyrillic characters in JSON, or
          // about 900 Chinese ones from the form without JavaScript. It only counts here; the rule
          // above blocks by the form's own limits instead.
          ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
        },
      },
      visibilityConfig: visibility('redress-aws-common'),
    },
  ];
}
