import type { ReactElement } from 'react'
import '../styles/ops.css'

/** One line or set of bars on a TimeChart. */
export interface ChartSeries {
  label: string
  /** One value per time; null where there is nothing to show. */
  values: readonly (number | null)[]
  /** The colour: a theme variable's name (accent, ok, warn, bad, muted). */
  tone: 'accent' | 'ok' | 'warn' | 'bad' | 'muted'
  kind?: 'line' | 'bar'
}

/** Props for TimeChart. */
export interface TimeChartProps {
  title: string
  /** The start of each interval, as ISO times. */
  times: readonly string[]
  series: readonly ChartSeries[]
  /** Formats an axis or summary value, such as `12 ms` or `5%`. */
  format?: (value: number) => string
  /** The top of the value axis at least (such as 1 for a rate). */
  minMax?: number
}

const WIDTH = 600
const HEIGHT = 150
const PAD = { top: 10, right: 8, bottom: 22, left: 64 }

const clock = (iso: string | undefined): string =>
  iso ? new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : ''

/** A small hand-drawn SVG chart of values over time: lines and bars, a value axis, a legend. */
export function TimeChart(props: TimeChartProps): ReactElement {
  const format = props.format ?? ((value: number) => String(Math.round(value * 100) / 100))
  const all = props.series.flatMap((s) => s.values.filter((v): v is number => v !== null))
  const max = Math.max(props.minMax ?? 0, ...all, 0) || 1
  const count = Math.max(props.times.length, 1)
  const plotW = WIDTH - PAD.left - PAD.right
  const plotH = HEIGHT - PAD.top - PAD.bottom
  const step = plotW / count
  const x = (i: number) => PAD.left + step * i + step / 2
  const y = (value: number) => PAD.top + plotH - (value / max) * plotH
  const bars = props.series.filter((s) => s.kind === 'bar')
  const summary = props.series
    .map((s) => {
      const values = s.values.filter((v): v is number => v !== null)
      return values.length === 0
        ? `${s.label}: no data`
        : `${s.label}: peak ${format(Math.max(...values))}, latest ${format(values.at(-1) ?? 0)}`
    })
    .join('; ')

  return (
    <figure className="chart">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${props.title}. ${summary}`}>
        <line className="axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        <line className="grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(max)} y2={y(max)} />
        <text className="tick" x={PAD.left - 6} y={y(max) + 5} textAnchor="end">
          {format(max)}
        </text>
        <text className="tick" x={PAD.left - 6} y={y(0)} textAnchor="end">
          0
        </text>
        <text className="tick" x={PAD.left} y={HEIGHT - 4}>
          {clock(props.times[0])}
        </text>
        <text className="tick" x={WIDTH - PAD.right} y={HEIGHT - 4} textAnchor="end">
          {clock(props.times.at(-1))}
        </text>
        {bars.map((s, b) =>
          s.values.map((value, i) =>
            value === null || value === 0 ? null : (
              <rect
                key={`${s.label}-${i}`}
                className={`fill-${s.tone}`}
                x={PAD.left + step * i + (step * b) / bars.length + 0.5}
                width={Math.max(step / bars.length - 1, 1)}
                y={y(value)}
                height={y(0) - y(value)}
              />
            ),
          ),
        )}
        {props.series
          .filter((s) => s.kind !== 'bar')
          .map((s) => {
            const points = s.values
              .map((value, i) => (value === null ? null : `${x(i)},${y(value)}`))
              .filter(Boolean)
            return points.length === 1 ? (
              <circle
                key={s.label}
                className={`fill-${s.tone}`}
                cx={points[0]?.split(',')[0]}
                cy={points[0]?.split(',')[1]}
                r={3}
              />
            ) : (
              <polyline key={s.label} className={`stroke-${s.tone}`} points={points.join(' ')} />
            )
          })}
      </svg>
      <ul className="legend">
        {props.series.map((s) => (
          <li key={s.label}>
            <span className={`swatch fill-${s.tone}`} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  )
}
