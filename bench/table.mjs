// Prints a { title, columns, rows } table as markdown, numbers right-aligned.
const format = (cell) => (typeof cell === 'number' ? cell.toLocaleString('en-US', { maximumFractionDigits: 2 }) : cell);

export function printTable({ title, columns, rows }) {
  const cells = [columns, ...rows.map((row) => row.map(format))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const numeric = columns.map((_, i) => rows.every((row) => typeof row[i] === 'number'));
  const line = (row) =>
    `| ${row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (numeric[i] ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  console.log(`\n${title}\n\n${[line(columns), rule, ...cells.slice(1).map(line)].join('\n')}`);
}
