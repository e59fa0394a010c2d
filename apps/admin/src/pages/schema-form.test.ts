import { describe, expect, it } from 'vitest'
import { argumentsOf, fieldsOf } from './schema-form'

const schema = {
  type: 'object',
  properties: {
    city: { type: 'string', description: 'Where' },
    days: { type: 'integer' },
    ratio: { type: ['number', 'null'] },
    metric: { type: 'boolean' },
    unit: { type: 'string', enum: ['c', 'f'] },
    options: { type: 'object' },
  },
  required: ['city', 'metric'],
}

describe('the "try it" form from a JSON Schema', () => {
  it('makes one field per property with the control its type needs', () => {
    expect(fieldsOf(schema)).toEqual([
      { name: 'city', kind: 'text', required: true, description: 'Where' },
      { name: 'days', kind: 'integer', required: false },
      { name: 'ratio', kind: 'number', required: false },
      { name: 'metric', kind: 'boolean', required: true },
      { name: 'unit', kind: 'choice', required: false, choices: ['c', 'f'] },
      { name: 'options', kind: 'json', required: false },
    ])
    expect(fieldsOf({})).toEqual([])
  })

  it('turns the values into typed arguments, leaving empty optional ones out', () => {
    const result = argumentsOf(fieldsOf(schema), {
      city: 'Oslo',
      days: '3',
      ratio: '0.5',
      metric: 'false',
      unit: '',
      options: '{"a":[1]}',
    })
    expect(result).toEqual({
      args: { city: 'Oslo', days: 3, ratio: 0.5, metric: false, options: { a: [1] } },
      problems: {},
    })
  })

  it('names each value that is missing or does not parse', () => {
    const { problems } = argumentsOf(fieldsOf(schema), {
      city: '  ',
      days: '2.5',
      ratio: 'many',
      options: '{nope',
    })
    expect(problems).toEqual({
      city: 'city is required.',
      days: 'Enter a whole number.',
      ratio: 'Enter a number.',
      metric: 'Choose true or false.',
      options: 'Enter valid JSON.',
    })
  })
})
