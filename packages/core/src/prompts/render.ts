import nunjucks from 'nunjucks'
import { GatewayError } from '../errors.js'
import { createSandboxEnvironment } from './sandbox.js'

const env = createSandboxEnvironment()

/** Largest rendered prompt, in characters. */
export const MAX_RENDERED_LENGTH = 1_048_576

function templateError(error: unknown): GatewayError {
  const message =
    error instanceof Error ? error.message.replace(/^\(unknown path\)\s*/, '') : String(error)
  return new GatewayError(
    'TEMPLATE_ERROR',
    `template error: ${message
      .split('\n')
      .map((l) => l.trim())
      .join(' ')}`,
  )
}

const compiled = new Map<string, nunjucks.Template>()
const MAX_COMPILED = 512

/** Compiles a template (cached by source), so that syntax errors surface when a prompt is saved. */
export function compileTemplate(source: string): nunjucks.Template {
  const cached = compiled.get(source)
  if (cached) return cached
  let template: nunjucks.Template
  try {
    template = new nunjucks.Template(source, env, undefined, true)
  } catch (error) {
    throw templateError(error)
  }
  if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string)
  compiled.set(source, template)
  return template
}

/** Renders a Jinja2-style template in the sandbox. */
export function renderTemplate(source: string, values: Record<string, unknown>): string {
  const template = compileTemplate(source)
  let text: string
  try {
    text = template.render(values)
  } catch (error) {
    throw templateError(error)
  }
  if (text.length > MAX_RENDERED_LENGTH) {
    throw new GatewayError(
      'TEMPLATE_ERROR',
      `rendered prompt is longer than ${MAX_RENDERED_LENGTH} characters`,
    )
  }
  return text
}

interface TemplateNode {
  typename: string
  value?: unknown
  fields: string[]
  [field: string]: unknown
}

const parser = (nunjucks as unknown as { parser: { parse(source: string): TemplateNode } }).parser

function walk(node: unknown, visit: (node: TemplateNode) => void): void {
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit))
  if (node === null || typeof node !== 'object' || !('fields' in node)) return
  const typed = node as TemplateNode
  visit(typed)
  for (const field of typed.fields) walk(typed[field], visit)
  if ('children' in typed) walk(typed.children, visit)
}

const BUILTINS = new Set(['range', 'cycler', 'joiner', 'loop', 'caller', 'true', 'false', 'none'])

/** Names a template reads but does not define itself: the arguments it expects. */
export function templateVariables(source: string): string[] {
  compileTemplate(source)
  const read = new Set<string>()
  const defined = new Set<string>()
  walk(parser.parse(source), (node) => {
    if (node.typename === 'Symbol' && typeof node.value === 'string') read.add(node.value)
    if (node.typename === 'For' || node.typename === 'Set') {
      const targets = node.typename === 'For' ? node.name : node.targets
      walk(targets, (target) => {
        if (target.typename === 'Symbol' && typeof target.value === 'string')
          defined.add(target.value)
      })
    }
  })
  return [...read].filter((name) => !defined.has(name) && !BUILTINS.has(name))
}
