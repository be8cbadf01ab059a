/**
 * The Letter of Authorization as a PDF (pdf-lib): a US Letter form a losing carrier's clerk can work
 * from, laid out from the content domain/loa.ts decides. Header with the provider and order, the
 * account holder's details as labelled fields, the numbers as a table (continued on as many pages as
 * they need, its header repeated), the authorization text and a signature block; a footer with the
 * page number on every page. Signing stamps the signer's name, title, time and address into the
 * signature block of the same letter.
 *
 * Text is set in DejaVu Sans (embedded, subset), so names in any Latin, Greek or Cyrillic script print
 * as given; the signature in DejaVu Serif Italic.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { signatureLines, type LoaContent, type LoaSignature } from '../domain/loa.ts';

const require = createRequire(import.meta.url);
let fonts: { regular: Uint8Array; bold: Uint8Array; signature: Uint8Array } | undefined;
const fontFiles = () =>
  (fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    signature: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf')),
  });

const PAGE = { width: 612, height: 792 }; // US Letter, in points
const MARGIN = { left: 54, right: 54, top: 50, bottom: 48 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const INK = rgb(0.11, 0.12, 0.14);
const MUTED = rgb(0.4, 0.43, 0.48);
const RULE = rgb(0.72, 0.75, 0.8);
const SHADE = rgb(0.94, 0.95, 0.97);
const ACCENT = rgb(0.1, 0.22, 0.4);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  signature: PDFFont;
}

/** Where a signature goes: the baselines of the signature block's four entries (on its page). */
interface SignatureSpots {
  page: PDFPage;
  signature: { x: number; y: number; width: number };
  name: { x: number; y: number; width: number };
  title: { x: number; y: number; width: number };
  date: { x: number; y: number; width: number };
  record: { x: number; y: number; width: number };
}

/** Splits text into lines no wider than `width` (a word longer than a line is cut). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (font.widthOfTextAtSize(line, size) > width) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Shortens text to fit `width`, ending in an ellipsis when cut. */
function fit(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let t = text;
  while (t.length > 1 && font.widthOfTextAtSize(t + '…', size) > width) t = t.slice(0, -1);
  return t + '…';
}

class Writer {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  /** The top of the free space on the current page. */
  y = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly f: Fonts,
    private readonly content: LoaContent,
  ) {}

  text(t: string, x: number, y: number, size: number, font: PDFFont = this.f.regular, color: RGB = INK): void {
    this.page.drawText(t, { x, y, size, font, color });
  }

  right(t: string, xRight: number, y: number, size: number, font: PDFFont = this.f.regular, color: RGB = INK): void {
    this.text(t, xRight - font.widthOfTextAtSize(t, size), y, size, font, color);
  }

  line(x1: number, y1: number, x2: number, y2: number, thickness = 0.6, color: RGB = RULE): void {
    this.page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness, color });
  }

  newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = PAGE.height - MARGIN.top;
    if (this.pages.length > 1) {
      // A running head on the pages after the first.
      this.text(this.content.title.toUpperCase(), MARGIN.left, this.y - 10, 9, this.f.bold, ACCENT);
      this.right(`${this.content.provider} · Order ${this.content.orderId}`, PAGE.width - MARGIN.right, this.y - 10, 8, this.f.regular, MUTED);
      this.line(MARGIN.left, this.y - 17, PAGE.width - MARGIN.right, this.y - 17, 0.8, ACCENT);
      this.y -= 32;
    }
  }

  /** Starts a new page unless `height` points are still free on this one. */
  ensure(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  header(): void {
    const c = this.content;
    const top = this.y;
    this.text(c.title.toUpperCase(), MARGIN.left, top - 20, 19, this.f.bold, ACCENT);
    this.text(c.subtitle, MARGIN.left, top - 36, 9, this.f.regular, MUTED);
    const xr = PAGE.width - MARGIN.right;
    this.right(c.provider, xr, top - 14, 12, this.f.bold);
    this.right(`Order ${c.orderId}`, xr, top - 28, 8.5, this.f.regular, MUTED);
    this.right(`Prepared ${c.date}`, xr, top - 40, 8.5, this.f.regular, MUTED);
    this.line(MARGIN.left, top - 52, xr, top - 52, 1.6, ACCENT);
    this.y = top - 60;
  }

  section(n: number, title: string, continued = false): void {
    this.ensure(60);
    this.text(`${n}`, MARGIN.left, this.y - 11, 10.5, this.f.bold, ACCENT);
    this.text(title.toUpperCase() + (continued ? ' (CONTINUED)' : ''), MARGIN.left + 16, this.y - 11, 10.5, this.f.bold, ACCENT);
    this.line(MARGIN.left, this.y - 17, PAGE.width - MARGIN.right, this.y - 17, 0.6, RULE);
    this.y -= 27;
  }

  /** A labelled field: the label small above, the value (wrapped) on a ruled line. Returns its height. */
  field(label: string, value: string, x: number, width: number, y: number): number {
    const lines = wrap(value, this.f.regular, 10.5, width - 4);
    this.text(label.toUpperCase(), x, y - 8, 6.8, this.f.bold, MUTED);
    lines.forEach((l, i) => this.text(l, x + 2, y - 22 - i * 13, 10.5));
    const bottom = y - 27 - (lines.length - 1) * 13;
    this.line(x, bottom, x + width, bottom);
    return y - bottom + 10;
  }

  /** Fields two to a row (a field marked wide takes the whole row). */
  fields(entries: { label: string; value: string; wide?: boolean }[]): void {
    const gap = 18;
    const half = (WIDTH - gap) / 2;
    for (let i = 0; i < entries.length; ) {
      const a = entries[i]!;
      if (a.wide) {
        this.ensure(40);
        this.y -= this.field(a.label, a.value, MARGIN.left, WIDTH, this.y);
        i += 1;
        continue;
      }
      const b = entries[i + 1];
      this.ensure(40);
      const h1 = this.field(a.label, a.value, MARGIN.left, b && !b.wide ? half : WIDTH, this.y);
      const h2 = b && !b.wide ? this.field(b.label, b.value, MARGIN.left + half + gap, half, this.y) : 0;
      this.y -= Math.max(h1, h2);
      i += b && !b.wide ? 2 : 1;
    }
  }

  numbersTable(sectionNumber: number): void {
    const c = this.content;
    const widths = [34, 128, 206, 64, WIDTH - 34 - 128 - 206 - 64];
    const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const rowH = 16;
    const head = () => {
      this.page.drawRectangle({ x: MARGIN.left, y: this.y - 18, width: WIDTH, height: 18, color: ACCENT });
      c.numberColumns.forEach((col, i) => this.text(col.toUpperCase(), xs[i]! + 6, this.y - 12.5, 7.2, this.f.bold, rgb(1, 1, 1)));
      this.y -= 18;
    };
    head();
    c.numbers.forEach((n, i) => {
      if (this.y - rowH < MARGIN.bottom) {
        this.newPage();
        this.section(sectionNumber, c.numbersHeading, true);
        head();
      }
      if (i % 2 === 1) this.page.drawRectangle({ x: MARGIN.left, y: this.y - rowH, width: WIDTH, height: rowH, color: SHADE });
      const base = this.y - 11.5;
      const cells = [String(i + 1), n.number, n.carrier, n.spid, n.kind];
      cells.forEach((cell, k) => this.text(fit(cell, k === 1 ? this.f.bold : this.f.regular, 9, widths[k]! - 12), xs[k]! + 6, base, 9, k === 1 ? this.f.bold : this.f.regular, k === 0 ? MUTED : INK));
      this.y -= rowH;
      this.line(MARGIN.left, this.y, PAGE.width - MARGIN.right, this.y, 0.4, RULE);
    });
    this.y -= 12;
  }

  paragraphs(texts: string[]): void {
    for (const p of texts) {
      const lines = wrap(p, this.f.regular, 9.2, WIDTH);
      for (const l of lines) {
        this.ensure(14);
        this.text(l, MARGIN.left, this.y - 10, 9.2);
        this.y -= 12.8;
      }
      this.y -= 7;
    }
  }

  /** The signature block, kept together on one page; returns where a signature goes. */
  signatureBlock(sectionNumber: number): SignatureSpots {
    const c = this.content;
    this.ensure(4 + 27 + 112 + 30);
    this.y -= 4;
    this.section(sectionNumber, c.signatureHeading);
    const top = this.y;
    const boxH = 112;
    this.page.drawRectangle({ x: MARGIN.left, y: top - boxH, width: WIDTH, height: boxH, borderColor: RULE, borderWidth: 0.8 });
    const pad = 14;
    const inner = WIDTH - 2 * pad;
    const x0 = MARGIN.left + pad;
    // The signature line, the widest entry.
    const sigY = top - 40;
    this.line(x0, sigY, x0 + inner, sigY, 0.9, INK);
    this.text('X', x0, sigY + 5, 11, this.f.bold, MUTED);
    this.text(c.signatureLabels.signature.toUpperCase(), x0, sigY - 11, 6.8, this.f.bold, MUTED);
    // Printed name, title and date side by side.
    const gap = 16;
    const w = [inner * 0.36, inner * 0.28, inner * 0.36 - 2 * gap];
    const xs = [x0, x0 + w[0]! + gap, x0 + w[0]! + gap + w[1]! + gap];
    const rowY = top - 86;
    const labels = [c.signatureLabels.name, c.signatureLabels.title, c.signatureLabels.date];
    labels.forEach((label, i) => {
      this.line(xs[i]!, rowY, xs[i]! + w[i]!, rowY, 0.9, INK);
      this.text(label.toUpperCase(), xs[i]!, rowY - 11, 6.8, this.f.bold, MUTED);
    });
    this.y = top - boxH - 10;
    const spots: SignatureSpots = {
      page: this.page,
      signature: { x: x0 + 18, y: sigY + 6, width: inner - 18 },
      name: { x: xs[0]! + 2, y: rowY + 5, width: w[0]! - 4 },
      title: { x: xs[1]! + 2, y: rowY + 5, width: w[1]! - 4 },
      date: { x: xs[2]! + 2, y: rowY + 5, width: w[2]! - 4 },
      record: { x: MARGIN.left, y: this.y - 9, width: WIDTH },
    };
    this.y -= 28;
    return spots;
  }

  footers(): void {
    const total = this.pages.length;
    this.pages.forEach((page, i) => {
      this.page = page;
      const y = 28;
      this.line(MARGIN.left, y + 12, PAGE.width - MARGIN.right, y + 12, 0.5, RULE);
      this.text(this.content.footer, MARGIN.left, y, 7.5, this.f.regular, MUTED);
      this.right(`Page ${i + 1} of ${total}`, PAGE.width - MARGIN.right, y, 7.5, this.f.regular, MUTED);
    });
  }
}

/** Stamps a signature into the block: name on the signature line, printed name, title, time, and the record line. */
function stamp(w: Writer, spots: SignatureSpots, s: LoaSignature): void {
  const l = signatureLines(s);
  w.page = spots.page;
  w.text(fit(`/s/ ${l.name}`, w.f.signature, 17, spots.signature.width), spots.signature.x, spots.signature.y, 17, w.f.signature, ACCENT);
  w.text(fit(l.name, w.f.regular, 10.5, spots.name.width), spots.name.x, spots.name.y, 10.5);
  w.text(fit(l.title, w.f.regular, 10.5, spots.title.width), spots.title.x, spots.title.y, 10.5);
  w.text(fit(l.date, w.f.regular, 10.5, spots.date.width), spots.date.x, spots.date.y, 10.5);
  const lines = wrap(l.record, w.f.regular, 7.8, spots.record.width);
  lines.forEach((line, i) => w.text(line, spots.record.x, spots.record.y - i * 10, 7.8, w.f.regular, MUTED));
}

/**
 * The letter as PDF bytes; with a signature, the same letter with the signature stamped in.
 * `generatedAt` dates the document's metadata (the service's clock).
 */
export async function renderLoa(content: LoaContent, generatedAt: Date, signature?: LoaSignature): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const files = fontFiles();
  const f: Fonts = {
    regular: await doc.embedFont(files.regular, { subset: true }),
    bold: await doc.embedFont(files.bold, { subset: true }),
    signature: await doc.embedFont(files.signature, { subset: true }),
  };
  doc.setTitle(`${content.title} — order ${content.orderId}`);
  doc.setSubject(content.subtitle);
  doc.setAuthor(content.provider);
  doc.setCreator('porting');
  doc.setProducer('porting (pdf-lib)');
  doc.setCreationDate(generatedAt);
  doc.setModificationDate(signature ? new Date(signature.signed_at) : generatedAt);

  const w = new Writer(doc, f, content);
  w.newPage();
  w.header();
  w.section(1, 'Account holder');
  const [name, btn, address, account, current, reference] = content.accountHolder;
  w.fields([name!, btn!, { ...address!, wide: true }, account!, current!, reference!]);
  w.section(2, content.numbersHeading);
  w.numbersTable(2);
  w.section(3, 'Authorization');
  w.paragraphs(content.authorization);
  const spots = w.signatureBlock(4);
  if (signature) stamp(w, spots, signature);
  else {
    w.page = spots.page;
    const hint = `Sign by hand and upload the signed letter as this order's loa document, or sign electronically: POST /v2/port_orders/${content.orderId}/loa/sign`;
    wrap(hint, f.regular, 7.8, spots.record.width).forEach((line, i) => w.text(line, spots.record.x, spots.record.y - i * 10, 7.8, f.regular, MUTED));
  }
  w.footers();
  return doc.save();
}
