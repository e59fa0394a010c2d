import { describe, expect, it } from 'vitest'
import { grpcToolName, slugify, toolNameProblem } from './names.js'

describe('slugify', () => {
  it('keeps a-z and 0-9, folding accents and joining the rest with single dashes', () => {
    expect(slugify('Demo API')).toBe('demo-api')
    expect(slugify('  Café — Crème 2 ')).toBe('cafe-creme-2')
  })

  it('gives names with letters it cannot keep a stable hash, so they do not collide', () => {
    const tokyo = slugify('東京チーム')
    const team = slugify('Команда')
    expect(tokyo).toMatch(/^[0-9a-f]{8}$/)
    expect(team).toMatch(/^[0-9a-f]{8}$/)
    expect(team).not.toBe(tokyo)
    expect(slugify('東京チーム')).toBe(tokyo)
    expect(slugify('東京 API')).toMatch(/^api-[0-9a-f]{8}$/)
    expect(slugify('東京 API')).not.toBe(slugify('大阪 API'))
    expect(slugify('!!!')).toMatch(/^[0-9a-f]{8}$/)
  })
})

describe('grpcToolName', () => {
  const LONG = 'com.example.platform.inventory.warehouse.v1beta2.WarehouseInventoryService'

  it('joins the slug and the method as they are when that fits in 64 characters', () => {
    expect(grpcToolName('shop', 'shop.v1.Shop.GetProduct', '-')).toBe(
      'shop-shop.v1.Shop.GetProduct',
    )
  })

  it('shortens longer names to 64: prefix, end of the method name, stable hash', () => {
    const name = grpcToolName('shop', `${LONG}.ListStockLevels`, '-')
    expect(name.length).toBeGreaterThan(56)
    expect(name.length).toBeLessThanOrEqual(64)
    expect(name).toMatch(/^shop-.*WarehouseInventoryService\.ListStockLevels_[0-9a-f]{8}$/)
    expect(toolNameProblem(name)).toBeUndefined()
    expect(grpcToolName('shop', `${LONG}.ListStockLevels`, '-')).toBe(name)
    const names = [
      name,
      grpcToolName('shop', `${LONG.replace('v1beta2', 'v1beta3')}.ListStockLevels`, '-'),
      grpcToolName('store', `${LONG}.ListStockLevels`, '-'),
      grpcToolName('shop', `${LONG}.ListStockLevels`, '__'),
    ]
    expect(new Set(names).size).toBe(4)
  })

  it('cuts a prefix too long to leave room for the method', () => {
    const name = grpcToolName('a'.repeat(100), `${LONG}.ListStockLevels`, '-')
    expect(name).toMatch(/^a{39}ListStockLevels_[0-9a-f]{8}$/)
  })
})
