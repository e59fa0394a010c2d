export { runWrapper, type WrapperStreams } from './run-wrapper.js'
export { version } from './version.js'
export { parseWrapperArgs, type WrapperCommand, type WrapperConfig } from './wrapper-config.js'
