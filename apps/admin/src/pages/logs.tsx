import { useEffect, useRef, useState, type ReactElement } from 'react'
import { Badge, Empty } from '../components/states'
import { useDebounced } from '../components/use-debounced'
import { VirtualList } from '../components/virtual-list'
import {
  KEPT_RECORDS,
  LOG_LEVELS,
  recordKey,
  useLogStream,
  type LogRecord,
  type StreamState,
} from './logs-stream'

const tones: Record<string, string> = { warn: 'warn', error: 'bad', fatal: 'bad', info: 'ok' }

const stateText: Record<StreamState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  retrying: 'Connection lost, retrying…',
  closed: 'Stream closed',
}

/** The fields besides time, level and message, as one short line. */
function details(record: LogRecord): string {
  const { time: _time, level: _level, msg: _msg, pid: _pid, hostname: _host, ...rest } = record
  return Object.keys(rest).length === 0 ? '' : JSON.stringify(rest)
}

function download(records: readonly LogRecord[]): void {
  // Oldest first, one JSON object per line.
  const text = [...records]
    .reverse()
    .map((record) => JSON.stringify(record))
    .join('\n')
  const link = document.createElement('a')
  link.href = URL.createObjectURL(new Blob([`${text}\n`], { type: 'application/x-ndjson' }))
  link.download = `switchyard-logs-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`
  link.click()
  URL.revokeObjectURL(link.href)
}

/** The gateway's log, live: filter by least level and text, pause, export the kept lines. */
export function LogsPage(): ReactElement {
  const [level, setLevel] = useState('')
  const [text, setText] = useState('')
  const [paused, setPaused] = useState(false)
  const [selected, setSelected] = useState<LogRecord>()
  const recordView = useRef<HTMLElement>(null)
  // The record opens below the list: bring it into view (off screen on a phone otherwise).
  useEffect(() => {
    if (selected) recordView.current?.scrollIntoView({ block: 'nearest' })
  }, [selected])
  const q = useDebounced(text.trim(), 300)
  const stream = useLogStream({ level, q }, paused)
  const { records } = stream
  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">Logs</h1>
        <span role="status" aria-label="Stream state">
          <Badge tone={stream.state === 'live' ? (paused ? 'warn' : 'ok') : 'bad'}>
            {paused ? 'Paused' : stateText[stream.state]}
          </Badge>
        </span>
      </div>
      <div className="filters">
        <label>
          Least level
          <select value={level} onChange={(e) => setLevel(e.target.value)}>
            <option value="">All</option>
            {LOG_LEVELS.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          Text
          <input
            type="search"
            value={text}
            maxLength={200}
            placeholder="Anywhere in the record"
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        {/* Its words say what it does next; the stream state above says whether it is paused. */}
        <button type="button" onClick={() => setPaused(!paused)}>
          {paused ? `Resume${stream.held > 0 ? ` (${stream.held} new)` : ''}` : 'Pause'}
        </button>
        <button type="button" disabled={records.length === 0} onClick={() => download(records)}>
          Export JSON lines
        </button>
        <button type="button" disabled={records.length === 0} onClick={stream.clear}>
          Clear view
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {stream.applied &&
          `Following ${stream.applied.level ? `${stream.applied.level} and above` : 'every level'}${stream.applied.q ? `, containing “${stream.applied.q}”` : ''}. `}
        Newest first; the last {KEPT_RECORDS.toLocaleString()} records are kept here.{' '}
        {records.length} shown.
      </p>
      {records.length === 0 ? (
        <Empty>
          {stream.state === 'live'
            ? 'No log records match yet; new ones appear here as they are written.'
            : stateText[stream.state]}
        </Empty>
      ) : (
        <VirtualList
          items={records}
          label="Log records"
          rowHeight={30}
          keyOf={recordKey}
          renderRow={(record, control) => (
            <button
              {...control}
              type="button"
              className={`log-line${record === selected ? ' selected' : ''}`}
              aria-pressed={record === selected}
              onClick={() => setSelected(record === selected ? undefined : record)}
            >
              <time dateTime={new Date(record.time).toISOString()}>
                {new Date(record.time).toLocaleTimeString()}
              </time>
              <Badge tone={tones[record.level] ?? 'muted'}>{record.level}</Badge>
              <span className="log-msg">{record.msg ?? ''}</span>
              <code className="muted ellipsis">{details(record)}</code>
            </button>
          )}
        />
      )}
      {selected && (
        <section ref={recordView} aria-label="Selected log record">
          <h2>Record</h2>
          <pre>{JSON.stringify(selected, null, 2)}</pre>
        </section>
      )}
    </section>
  )
}
