/**
 * What the client commands print: on a terminal, tables for people; otherwise (or with --json) one
 * JSON object a line, exactly as the API returned it, for scripts. The renderers are pure functions.
 */

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/** A cell as printed: nothing is a dash, so every column of every row has something in it. */
export function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === '') return '-';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value).replace(/[\r\n\t]+/g, ' ');
}

/** Columns padded to their widest cell, two spaces apart, headers in capitals; no trailing spaces. */
export function renderTable<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const cells = rows.map((row) => columns.map((c) => cell(c.value(row))));
  const headers = columns.map((c) => c.header.toUpperCase());
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(headers), ...cells.map(line)].join('\n') + '\n';
}

/** One value per line, labels padded to the widest; a value of several lines is indented under its first. */
export function renderFields(fields: readonly (readonly [label: string, value: string | number | boolean | null | undefined])[]): string {
  const width = Math.max(...fields.map(([label]) => label.length));
  return fields
    .map(([label, value]) => {
      const text = value === null || value === undefined || value === '' ? '-' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
      return `${label.padEnd(width)}  ${text.split('\n').join(`\n${' '.repeat(width + 2)}`)}`;
    })
    .join('\n') + '\n';
}

/** Where a command writes its results, in the mode it was asked for. */
export class Output {
  constructor(
    /** One JSON object a line (--json, or stdout is not a terminal). */
    readonly json: boolean,
    private readonly stream: NodeJS.WriteStream = process.stdout,
  ) {}

  /** The terminal's width, when there is one. */
  get columns(): number | undefined {
    return this.stream.isTTY ? this.stream.columns : undefined;
  }

  write(text: string): void {
    this.stream.write(text);
  }

  /** Each item as one JSON line. */
  lines(items: readonly unknown[]): void {
    this.write(items.map((i) => JSON.stringify(i) + '\n').join(''));
  }

  /** Each item as one JSON line; or, for people, the rendering given. */
  items<T>(items: readonly T[], human: () => string): void {
    if (this.json) this.lines(items);
    else this.write(human());
  }

  /** One object as one JSON line; or, for people, the rendering given. */
  item<T>(item: T, human: (item: T) => string): void {
    this.write(this.json ? JSON.stringify(item) + '\n' : human(item));
  }
}

/** --json, or stdout is not a terminal. */
export const outputFor = (opts: { json?: boolean }): Output => new Output(opts.json === true || !process.stdout.isTTY);
