/** Inline SVG charts: horizontal bars for counts by name, vertical bars for a histogram. */

export interface BarChartProps {
  rows: [string, number][];
  /** Formats a value for its label (counts by default). */
  format?: (value: number) => string;
  max?: number;
  label: string;
  good?: boolean;
}

export function BarChart({ rows, format = (v) => String(v), max, label, good }: BarChartProps) {
  const barHeight = 16;
  const labelWidth = 120;
  const width = 360;
  const top = max ?? Math.max(1, ...rows.map(([, value]) => value));
  return (
    <svg class="chart" width={width} height={rows.length * (barHeight + 4) + 4} role="img" aria-label={label}>
      {rows.map(([name, value], index) => {
        const y = 2 + index * (barHeight + 4);
        const length = top > 0 ? ((width - labelWidth - 60) * value) / top : 0;
        return (
          <g key={name}>
            <text x={labelWidth - 6} y={y + 12} text-anchor="end">
              {name.length > 18 ? `${name.slice(0, 17)}…` : name}
            </text>
            <rect
              class={`bar${good ? ' good' : ''}`}
              x={labelWidth}
              y={y}
              width={Math.max(length, value > 0 ? 1 : 0)}
              height={barHeight}
            />
            <text x={labelWidth + length + 4} y={y + 12}>
              {format(value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface HistogramProps {
  edges: number[];
  counts: number[];
  label: string;
}

export function Histogram({ edges, counts, label }: HistogramProps) {
  const width = 420;
  const height = 120;
  const bottom = 18;
  const most = Math.max(1, ...counts);
  const barWidth = counts.length > 0 ? (width - 10) / counts.length : 0;
  return (
    <svg class="chart" width={width} height={height} role="img" aria-label={label}>
      {counts.map((count, index) => {
        const barHeight = ((height - bottom - 12) * count) / most;
        const x = 5 + index * barWidth;
        const range =
          index === counts.length - 1
            ? `≥ ${edges[index]}`
            : `${edges[index]}–${(edges[index + 1] ?? 0) - 1}`;
        return (
          <g key={index}>
            <rect
              class="bar"
              x={x + 1}
              y={height - bottom - barHeight}
              width={Math.max(barWidth - 2, 1)}
              height={barHeight}
            >
              <title>{`${range}: ${count}`}</title>
            </rect>
            {count > 0 && barWidth >= 18 && (
              <text x={x + barWidth / 2} y={height - bottom - barHeight - 2} text-anchor="middle">
                {count}
              </text>
            )}
          </g>
        );
      })}
      <text x={5} y={height - 4}>
        {edges[0] ?? 0}
      </text>
      <text x={width - 5} y={height - 4} text-anchor="end">
        {edges[edges.length - 1] ?? ''}+ steps
      </text>
    </svg>
  );
}

/** A two-column table of figures. */
export function FigureTable({ rows, head }: { rows: [string, string | number][]; head: [string, string] }) {
  return (
    <table class="figures">
      <thead>
        <tr>
          <th>{head[0]}</th>
          <th class="num">{head[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <td>{name}</td>
            <td class="num">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
