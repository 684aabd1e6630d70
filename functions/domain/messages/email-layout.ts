// Turns a message, written as a list of blocks, into the plain-text and HTML
// parts of one email. Locales only ever produce plain strings; escaping and
// link checks happen here and nowhere else.
import { escapeHtml, safeHttpUrl } from './html-safety';
import { textDirection, type SupportedLanguage } from './languages';

export interface FactRow {
  readonly label: string;
  readonly value: string;
  /** Codes, amounts, references: kept left-to-right inside right-to-left text. */
  readonly ltr?: boolean;
}

export interface EvidenceRow {
  readonly reference: string;
  readonly chain: string;
  readonly url: string;
}

export type Block =
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'facts'; readonly rows: readonly FactRow[] }
  | { readonly type: 'steps'; readonly items: readonly string[] }
  /** Lines written in English by people or the system, shown verbatim. */
  | { readonly type: 'english-notes'; readonly intro?: string; readonly lines: readonly string[] }
  | { readonly type: 'evidence'; readonly title: string; readonly hint: string; readonly items: readonly EvidenceRow[] }
  | { readonly type: 'action'; readonly label: string; readonly url: string; readonly fallback: string }
  | { readonly type: 'callout'; readonly tone: 'warning' | 'alert'; readonly title: string; readonly paragraphs: readonly string[] };

export interface EmailDocument {
  readonly language: SupportedLanguage;
  readonly subject: string;
  readonly greeting: string;
  readonly blocks: readonly Block[];
  readonly signOff: readonly string[];
  readonly footer: readonly string[];
}

const CHAIN_NAMES: Readonly<Record<string, string>> = {
  ethereum: 'Ethereum',
  bsc: 'BNB Smart Chain',
  polygon: 'Polygon',
  arbitrum: 'Arbitrum',
  tron: 'Tron',
  bitcoin: 'Bitcoin',
  solana: 'Solana',
};

export function chainDisplayName(chain: string): string {
  return CHAIN_NAMES[chain.toLowerCase()] ?? chain;
}

// ---------------------------------------------------------------- plain text

function indent(text: string, prefix: string): string {
  return text.split(/\r?\n/).join(`\n${' '.repeat(prefix.length)}`);
}

function blockText(block: Block, colon: string): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return block.text;
    case 'facts':
      return block.rows.map((r) => `${r.label}${colon}${r.value}`).join('\n');
    case 'steps':
      return block.items.map((item, i) => `${i + 1}. ${indent(item, `${i + 1}. `)}`).join('\n');
    case 'english-notes': {
      const lines = block.lines.map((line) => `- ${indent(line, '- ')}`).join('\n');
      return block.intro ? `${block.intro}\n${lines}` : lines;
    }
    case 'evidence': {
      const rows = block.items.map((e) => {
        const url = safeHttpUrl(e.url);
        return `- ${e.reference} (${chainDisplayName(e.chain)})${url ? `\n  ${url}` : ''}`;
      });
      return `${block.title}\n${rows.join('\n')}`;
    }
    case 'action': {
      const url = safeHttpUrl(block.url);
      return url ? `${block.label}:\n${url}` : '';
    }
    case 'callout':
      return [block.title, ...block.paragraphs].join('\n');
  }
}

export function renderEmailText(doc: EmailDocument): string {
  const colon = doc.language === 'zh' ? '：' : ': ';
  const body = doc.blocks.map((block) => blockText(block, colon)).filter((part) => part !== '');
  const parts = [doc.greeting, ...body, doc.signOff.join('\n'), `-- \n${doc.footer.join('\n')}`];
  return `${parts.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------- HTML
// Mail clients drop <style> and ignore most CSS, so: tables for layout, inline
// styles, system fonts, 16px text, real underlined links, no images.

const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Noto Sans','Helvetica Neue',Arial,sans-serif";
const COLOR = { text: '#1f2933', muted: '#52606d', border: '#dde3ea', page: '#f3f5f8', link: '#0b5cad', accent: '#0f5f5a' };

function lines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

function ltr(text: string): string {
  return `<span dir="ltr">${escapeHtml(text)}</span>`;
}

/** `align` is the side text starts on: left, or right in right-to-left mail. */
function blockHtml(block: Block, align: 'left' | 'right'): string {
  const p = 'margin:0 0 16px;';
  switch (block.type) {
    case 'paragraph':
      return `<p style="${p}">${lines(block.text)}</p>`;
    case 'heading':
      return `<h2 style="margin:24px 0 8px;font-size:17px;line-height:1.4;color:${COLOR.text};">${escapeHtml(block.text)}</h2>`;
    case 'facts': {
      const rows = block.rows
        .map(
          (r) =>
            `<tr><th scope="row" style="padding:6px 0;padding-${align === 'left' ? 'right' : 'left'}:16px;text-align:${align};font-weight:normal;color:${COLOR.muted};vertical-align:top;white-space:nowrap;">${escapeHtml(r.label)}</th>` +
            `<td style="padding:6px 0;text-align:${align};font-weight:bold;color:${COLOR.text};vertical-align:top;">${r.ltr ? ltr(r.value) : escapeHtml(r.value)}</td></tr>`,
        )
        .join('');
      return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 16px;border-collapse:collapse;font-size:16px;">${rows}</table>`;
    }
    case 'steps':
      return `<ol style="margin:0 0 16px;padding-${align}:24px;">${block.items.map((item) => `<li style="margin:0 0 8px;">${lines(item)}</li>`).join('')}</ol>`;
    case 'english-notes': {
      const intro = block.intro ? `<p style="${p}">${escapeHtml(block.intro)}</p>` : '';
      const items = block.lines.map((line) => `<li style="margin:0 0 8px;">${lines(line)}</li>`).join('');
      // lang/dir make screen readers switch voice and keep English lines readable in Arabic mail.
      return `${intro}<ul lang="en" dir="ltr" style="margin:0 0 16px;padding-left:24px;text-align:left;">${items}</ul>`;
    }
    case 'evidence': {
      const items = block.items
        .map((e) => {
          const url = safeHttpUrl(e.url);
          const ref = `<code style="font-family:Menlo,Consolas,monospace;font-size:14px;word-break:break-all;">${escapeHtml(e.reference)}</code>`;
          const linked = url ? `<a href="${escapeHtml(url)}" style="color:${COLOR.link};text-decoration:underline;">${ref}</a>` : ref;
          return `<li style="margin:0 0 8px;"><span dir="ltr">${linked}</span> (${escapeHtml(chainDisplayName(e.chain))})</li>`;
        })
        .join('');
      return (
        `<h2 style="margin:24px 0 4px;font-size:17px;line-height:1.4;color:${COLOR.text};">${escapeHtml(block.title)}</h2>` +
        `<p style="margin:0 0 8px;font-size:14px;color:${COLOR.muted};">${escapeHtml(block.hint)}</p>` +
        `<ul style="margin:0 0 16px;padding-${align}:24px;">${items}</ul>`
      );
    }
    case 'action': {
      const url = safeHttpUrl(block.url);
      if (!url) return '';
      const href = escapeHtml(url);
      return (
        `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 16px;"><tr><td style="border-radius:6px;background:${COLOR.accent};">` +
        `<a href="${href}" style="display:inline-block;padding:12px 22px;font-size:16px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(block.label)}</a>` +
        `</td></tr></table>` +
        `<p style="margin:0 0 16px;font-size:14px;color:${COLOR.muted};">${escapeHtml(block.fallback)}<br><a href="${href}" dir="ltr" style="color:${COLOR.link};word-break:break-all;">${escapeHtml(url)}</a></p>`
      );
    }
    case 'callout': {
      const tone = block.tone === 'alert' ? { bg: '#fdecec', bar: '#b42318' } : { bg: '#fff7e6', bar: '#b54708' };
      const body = block.paragraphs.map((text) => `<p style="margin:8px 0 0;">${lines(text)}</p>`).join('');
      return (
        `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:8px 0 16px;border-collapse:collapse;">` +
        `<tr><td style="background:${tone.bg};border-${align}:4px solid ${tone.bar};padding:14px 16px;text-align:${align};color:${COLOR.text};">` +
        `<p style="margin:0;font-weight:bold;">${escapeHtml(block.title)}</p>${body}</td></tr></table>`
      );
    }
  }
}

export function renderEmailHtml(doc: EmailDocument): string {
  const dir = textDirection(doc.language);
  const align = dir === 'rtl' ? 'right' : 'left';
  const font = doc.language === 'ar' ? `Tahoma,'Noto Sans Arabic',${FONT}` : FONT;
  const body = doc.blocks.map((b) => blockHtml(b, align)).join('\n');
  const signOff = doc.signOff.map(escapeHtml).join('<br>');
  const footer = doc.footer.map((line) => `<p style="margin:0 0 6px;">${escapeHtml(line)}</p>`).join('');
  return `<!DOCTYPE html>
<html lang="${doc.language}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(doc.subject)}</title>
</head>
<body dir="${dir}" style="margin:0;padding:0;background:${COLOR.page};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:${COLOR.page};border-collapse:collapse;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" dir="${dir}" style="max-width:600px;background:#ffffff;border:1px solid ${COLOR.border};border-radius:8px;border-collapse:separate;">
<tr><td style="padding:28px 32px 8px;font-family:${font};font-size:16px;line-height:1.55;color:${COLOR.text};text-align:${align};">
<p style="margin:0 0 16px;">${escapeHtml(doc.greeting)}</p>
${body}
<p style="margin:24px 0 16px;">${signOff}</p>
</td></tr>
<tr><td style="padding:16px 32px 20px;border-top:1px solid ${COLOR.border};font-family:${font};font-size:13px;line-height:1.5;color:${COLOR.muted};text-align:${align};">
${footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
