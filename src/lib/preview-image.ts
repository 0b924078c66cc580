// The picture shown when someone shares a link to a report (og:image): 1200 × 630 PNG, drawn at
// build time from an SVG (title, partnership, period) with sharp. System fonts only: no font
// files, no external services.
import sharp from 'sharp';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export interface PreviewText {
  /** Small line at the top, e.g. the partnership's name. */
  eyebrow: string;
  /** The large title. */
  title: string;
  /** A line under the title, e.g. the period. */
  detail: string;
  /** Background colour (the partnership's accent), as #rrggbb. */
  accent: string;
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** Breaks text into lines of at most `width` characters, at spaces; at most `max` lines, the last ending with "…" if cut. */
export function wrapText(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/[\s,;:–-]+$/, '')}…`;
  return kept;
}

/** The preview as SVG text. */
export function previewSvg({ eyebrow, title, detail, accent }: PreviewText): string {
  const titleLines = wrapText(title, 30, 4);
  const titleSize = titleLines.length > 3 ? 56 : 64;
  const font = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
  const titleTop = 230;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">
  <rect width="100%" height="100%" fill="${escapeXml(accent)}"/>
  <rect x="0" y="${PREVIEW_HEIGHT - 24}" width="100%" height="24" fill="#0b0c0c"/>
  <text x="80" y="130" font-family="${font}" font-size="34" font-weight="700" fill="#ffffff">${escapeXml(eyebrow)}</text>
  <rect x="80" y="158" width="120" height="8" fill="#ffdd00"/>
  ${titleLines.map((line, index) => `<text x="80" y="${titleTop + index * (titleSize + 12)}" font-family="${font}" font-size="${titleSize}" font-weight="700" fill="#ffffff">${escapeXml(line)}</text>`).join('\n  ')}
  <text x="80" y="${PREVIEW_HEIGHT - 70}" font-family="${font}" font-size="34" fill="#ffffff">${escapeXml(detail)}</text>
</svg>`;
}

/** The preview as PNG bytes. */
export async function previewPng(text: PreviewText): Promise<Uint8Array> {
  const png = await sharp(Buffer.from(previewSvg(text))).png({ compressionLevel: 9 }).toBuffer();
  return new Uint8Array(png);
}
