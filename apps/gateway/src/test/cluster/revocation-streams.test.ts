import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { endsPromptly, FACES, holdStream, type HeldStream } from '../held-streams.js'
import { callApi } from '../test-gateway.js'
import { startCluster, type Cluster } from './replicas.js'

/**
 * Two replicas on one PostgreSQL database and Redis: a credential revoked through one replica ends
 * the streams and sockets it holds open on the other, within seconds (the change travels by NOTIFY).
 */
describe('revocation ends connections on every replica', () => {
  let cluster: Cluster
  const held: HeldStream[] = []
  const url = (replica: number) => cluster.replicas[replica]!.url

  beforeAll(async () => {
    cluster = await startCluster({ replicas: 2 })
  }, 90_000)
  afterAll(async () => {
    await Promise.all(held.map((stream) => stream.close()))
    await cluster?.dispose()
  })

  const hold = async (replica: number, face: (typeof FACES)[number], token: string) => {
    const stream = await holdStream(url(replica), face, token)
    held.push(stream)
    return stream
  }
  const newAdmin = async (name: string) => {
    const email = `${name}@example.com`
    const password = `${name}-password`
    await callApi(url(1), 'POST', '/users', {
      token: cluster.adminToken,
      body: { email, password, isAdmin: true },
      status: 201,
    })
    const login = await callApi(url(0), 'POST', '/auth/login', {
      body: { email, password },
      status: 200,
    })
    return { email, jwt: String(login.accessToken) }
  }

  it('an API token revoked through replica 1 ends what it holds open on replica 0', async () => {
    const alice = await newAdmin('alice')
    const created = await callApi(url(0), 'POST', '/tokens', {
      token: alice.jwt,
      body: { name: 'shared' },
      status: 201,
    })
    const token = String(created.accessToken)
    const streams = await Promise.all(FACES.map((face) => hold(0, face, token)))
    const kept = await hold(0, 'ws', alice.jwt)
    await sleep(300)
    for (const stream of streams) expect(stream.isOpen(), stream.face).toBe(true)

    await callApi(url(1), 'DELETE', `/tokens/${created.id}`, { token: alice.jwt, status: 200 })
    const endings = await Promise.all(streams.map(endsPromptly))
    expect(endings[FACES.indexOf('ws')]).toEqual({
      code: 1008,
      reason: `invalid token: API token ${created.id} was revoked`,
    })
    for (const stream of streams) expect(await stream.again(), stream.face).toBe(401)
    expect(kept.isOpen()).toBe(true)
  })

  it('a user deactivated through replica 1 loses their session streams on replica 0', async () => {
    const bea = await newAdmin('bea')
    const streams = await Promise.all(FACES.map((face) => hold(0, face, bea.jwt)))
    const admin = await hold(0, 'sse', cluster.adminToken)
    await sleep(300)
    for (const stream of streams) expect(stream.isOpen(), stream.face).toBe(true)

    await callApi(url(1), 'PUT', `/users/${bea.email}`, {
      token: cluster.adminToken,
      body: { isActive: false },
      status: 200,
    })
    const endings = await Promise.all(streams.map(endsPromptly))
    expect(endings[FACES.indexOf('ws')]).toEqual({
      code: 1008,
      reason: `invalid token: user '${bea.email}' is unknown or inactive`,
    })
    for (const stream of streams) expect(await stream.again(), stream.face).toBe(401)
    expect(admin.isOpen()).toBe(true)
  })
})
