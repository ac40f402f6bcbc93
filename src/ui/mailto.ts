// `draft --mailto`: an email script as a mailto: link (RFC 6068). The script's first lines may be headers
// (`To:`, `Subject:`), then a blank line, then the body.

export interface EmailParts {
  to: string | null;
  subject: string | null;
  body: string;
}

const HEADER = /^(to|subject|cc|bcc):[ \t]*(.*)$/i;
const ADDRESS = /[^\s<>@,;"]+@[^\s<>@,;"]+\.[^\s<>@,;"]+/;

export function parseEmailScript(script: string): EmailParts {
  const lines = script.replace(/\r\n/g, '\n').split('\n');
  let to: string | null = null;
  let subject: string | null = null;
  let i = 0;
  for (; i < lines.length; i++) {
    const m = HEADER.exec(lines[i]!);
    if (!m) break;
    const key = m[1]!.toLowerCase();
    if (key === 'to') to = ADDRESS.exec(m[2]!)?.[0] ?? null;
    else if (key === 'subject') subject = m[2]!.trim();
  }
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return { to, subject, body: lines.slice(i).join('\n').trimEnd() };
}

/** Percent-encodes for a mailto hfield value: everything but RFC 3986's unreserved characters and a few safe delimiters. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `mailto:jane@acme.example?subject=…&body=…`; line breaks in the body as CRLF (%0D%0A), as RFC 6068 asks. */
export function mailtoLink(parts: { to: string | null; subject: string | null; body: string }): string {
  const to = parts.to ? encode(parts.to).replace(/%40/g, '@') : '';
  const fields: string[] = [];
  if (parts.subject) fields.push(`subject=${encode(parts.subject)}`);
  if (parts.body) fields.push(`body=${encode(parts.body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${to}${fields.length ? `?${fields.join('&')}` : ''}`;
}
