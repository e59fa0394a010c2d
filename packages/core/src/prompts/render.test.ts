import { describe, expect, it } from 'vitest'
import { GatewayError } from '../errors.js'
import { renderTemplate, templateVariables } from './render.js'

function templateError(fn: () => unknown): GatewayError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(GatewayError)
    expect((error as GatewayError).code).toBe('TEMPLATE_ERROR')
    return error as GatewayError
  }
  throw new Error('expected a template error')
}

describe('renderTemplate', () => {
  it('renders Jinja2 syntax: variables, filters, conditionals and loops', () => {
    const text = renderTemplate(
      'Hello {{ name | upper }}!{% if items %} You have {{ items | length }}:{% for i in items %} {{ loop.index }}.{{ i }}{% endfor %}{% endif %}',
      { name: 'ada', items: ['x', 'y'] },
    )
    expect(text).toBe('Hello ADA! You have 2: 1.x 2.y')
  })

  it('refuses the constructor escape and other prototype access', () => {
    const escape = '{{ range.constructor("return process")() }}'
    expect(templateError(() => renderTemplate(escape, {})).message).toMatch(/constructor/)
    templateError(() =>
      renderTemplate('{{ name.constructor.constructor("return 1")() }}', { name: 'x' }),
    )
    templateError(() => renderTemplate('{{ name["__proto__"] }}', { name: 'x' }))
    templateError(() => renderTemplate('{{ cycler.call }}', {}))
  })

  it('has no file access: include, import and extends fail', () => {
    templateError(() => renderTemplate('{% include "/etc/passwd" %}', {}))
    templateError(() => renderTemplate('{% extends "base.html" %}', {}))
  })

  it('bounds range()', () => {
    expect(renderTemplate('{% for i in range(3) %}{{ i }}{% endfor %}', {})).toBe('012')
    expect(
      templateError(() => renderTemplate('{% for i in range(100000000) %}{% endfor %}', {}))
        .message,
    ).toMatch(/at most/)
  })

  it('reports syntax errors with a clear message', () => {
    expect(templateError(() => renderTemplate('{% if x %}unclosed', {})).message).toMatch(
      /^template error:/,
    )
  })
})

describe('templateVariables', () => {
  it('lists what a template reads but does not define', () => {
    const vars = templateVariables(
      '{{ greeting }}, {{ user.name }}{% for t in topics %}{{ t }}{{ loop.index }}{% endfor %}{% set x = 1 %}{{ x }}',
    )
    expect(vars.sort()).toEqual(['greeting', 'topics', 'user'])
  })
})
