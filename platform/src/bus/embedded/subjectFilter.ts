// NATS subject filters for the embedded bus: tokens separated by dots, `*` matching exactly one token
// and a final `>` matching one or more, as a regular expression PostgreSQL's `~` can use.

export function subjectPattern(filter: string): string {
  const tokens = filter.split('.');
  if (tokens.some((t) => t === '')) throw new Error(`subject filter ${JSON.stringify(filter)}: empty token`);
  const parts = tokens.map((token, i) => {
    if (token === '>') {
      if (i !== tokens.length - 1)
        throw new Error(`subject filter ${JSON.stringify(filter)}: > must be last`);
      return '[^.]+(\\.[^.]+)*';
    }
    if (token === '*') return '[^.]+';
    return token.replace(/[\\^$.|?*+()[\]{}-]/g, '\\$&');
  });
  return `^${parts.join('\\.')}$`;
}
