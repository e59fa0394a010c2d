import { describe, expect, it } from 'vitest'
import { byName, inNaturalOrder, naturalCompare } from './natural-order'

describe('natural order', () => {
  it('compares the numbers in names as numbers, letters regardless of case', () => {
    const names = [
      'bulk_tool_100',
      'bulk_tool_10',
      'Bulk_tool_9',
      'bulk_tool_1',
      'alpha',
      'bulk_tool_2',
    ]
    expect([...names].sort(naturalCompare)).toEqual([
      'alpha',
      'bulk_tool_1',
      'bulk_tool_2',
      'Bulk_tool_9',
      'bulk_tool_10',
      'bulk_tool_100',
    ])
  })

  it('sorts a copy by name or by a key given, ties in the order they came', () => {
    const items = [
      { name: 'srv-10', email: 'b2@x' },
      { name: 'srv-9', email: 'a@x' },
      { name: 'SRV-9', email: 'b10@x' },
    ]
    expect(byName(items).map((item) => item.email)).toEqual(['a@x', 'b10@x', 'b2@x'])
    expect(inNaturalOrder(items, (item) => item.email).map((item) => item.name)).toEqual([
      'srv-9',
      'srv-10',
      'SRV-9',
    ])
    expect(items[0]?.name).toBe('srv-10')
  })
})
