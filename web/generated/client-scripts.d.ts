// The pages' browser scripts, bundled from web/client/*.ts by web/build-client.ts
// into client-scripts.js (generated at synth and test setup, not in git).

/** The staff console's script: reads its config from the page's JSON block. */
export declare const CONSOLE_SCRIPT: string;

/** The complaint form's script. */
export declare const COMPLAINT_FORM_SCRIPT: string;
