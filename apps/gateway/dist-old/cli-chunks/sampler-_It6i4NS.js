export { t as createSampler, n as parentBasedAlwaysOn } from "./sampler-DU7tGoIv.js";
