import { setFlagsFromString } from 'node:v8'

// Loading the gateway's modules keeps most of what it allocates, so V8 grows its young generation
// for it (up to 2 x 16 MB), and an idle gateway then holds that memory for nothing. Imported first,
// this module holds the young generation at its starting size while the modules load;
// releaseYoungGeneration() gives back V8's default growth (factor 2) for the traffic to come.
setFlagsFromString('--semi-space-growth-factor=1')

/** Lets V8 grow the young generation again, as it does by default; call once the server listens. */
export function releaseYoungGeneration(): void {
  setFlagsFromString('--semi-space-growth-factor=2')
}
