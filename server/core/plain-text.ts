/**
 * Rules and the catalog write Markdown (code spans for values and fields), which hovers render.
 * Diagnostics are plain text in LSP, terminals and SARIF `text`: every finding's message passes
 * through this once, where it is built. Code spans keep their content verbatim (a JSON value keeps
 * its quotes), strong emphasis and escapes of Markdown characters lose their marks, links keep their address.
 */
export function plainText(markdown: string): string {
  if (!/[`*\\[]/.test(markdown)) return markdown;
  let out = '';
  for (let i = 0; i < markdown.length; ) {
    const c = markdown[i];
    if (c === '`') {
      // A run of n backticks opens a span closed by the next run of exactly n.
      let n = 1;
      while (markdown[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      const close = findRun(markdown, fence, i + n);
      if (close < 0) {
        out += fence;
        i += n;
        continue;
      }
      let inner = markdown.slice(i + n, close);
      if (n > 1 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim()) inner = inner.slice(1, -1);
      out += inner;
      i = close + n;
    } else if (c === '\\' && /[`*_[\]<>]/.test(markdown[i + 1] ?? '')) {
      out += markdown[i + 1];
      i += 2;
    } else if (c === '*' && markdown[i + 1] === '*') {
      i += 2; // **strong**
    } else if (c === '[') {
      const m = /^\[([^\]]*)\]\(([^)\s]+)\)/.exec(markdown.slice(i));
      if (m) {
        out += m[1] === m[2] ? m[2] : `${m[1]} (${m[2]})`;
        i += m[0].length;
      } else {
        out += c;
        i++;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function findRun(s: string, fence: string, from: number): number {
  for (let j = s.indexOf(fence, from); j >= 0; j = s.indexOf(fence, j + 1)) {
    if (s[j + fence.length] !== '`' && s[j - 1] !== '`') return j;
  }
  return -1;
}
