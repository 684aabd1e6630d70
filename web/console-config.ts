// What the staff console page hands its script: the config block's id and
// shape. Shared by the server (web/console.ts writes it) and the browser
// (web/client/console reads it), so both sides are checked against one type.
// Types and constants only: this file is bundled into the browser script.

/** The id of the `<script type="application/json">` element holding the ConsoleConfig. */
export const CONSOLE_CONFIG_ID = 'console-config';

/** A text field's limits, as the API's zod schema states them. */
export interface TextLimit {
  readonly minLength?: number;
  readonly maxLength?: number;
  /** A JavaScript regular expression source, anchored, without flags. */
  readonly pattern?: string;
}

/** A list field's limits, e.g. findings lines. */
export interface ListLimit {
  readonly maxItems: number;
  readonly item: TextLimit;
}

/** Every limit the console checks before sending, from the staff API's schemas. */
export interface ConsoleLimits {
  readonly findings: {
    readonly summary: TextLimit;
    readonly lines: ListLimit;
    readonly amount: TextLimit;
    readonly asset: TextLimit;
    readonly reason: TextLimit;
  };
  readonly decision: { readonly amount: TextLimit; readonly reason: TextLimit };
  readonly payout: { readonly reference: TextLimit; readonly reason: TextLimit };
  readonly resume: { readonly reason: TextLimit };
  readonly close: { readonly reason: TextLimit };
  readonly customerMessage: TextLimit;
}

export interface ConsoleConfig {
  readonly cognito: { readonly endpoint: string; readonly clientId: string };
  /** Prefix of the staff API routes: "" or ending in "/". */
  readonly apiBase: string;
  /** Decimal places per asset, as money/amount.ts checks amounts on the server. */
  readonly assetDecimals: Readonly<Record<string, number>>;
  readonly fallbackDecimals: number;
  readonly limits: ConsoleLimits;
}
