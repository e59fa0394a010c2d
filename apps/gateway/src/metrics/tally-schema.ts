import { z } from 'zod'

/** A histogram's tally as replicas and the store hand it on (see HistogramTally). */
export const HistogramTallySchema = z.object({
  calls: z.number(),
  failures: z.number(),
  maxMs: z.number(),
  bins: z.array(z.tuple([z.number().int(), z.number()])),
})

/** One entity's tally (see EntityTally). */
export const EntityTallySchema = HistogramTallySchema.extend({
  name: z.string(),
  id: z.string().optional(),
  totalMs: z.number(),
  lastAt: z.number(),
})
