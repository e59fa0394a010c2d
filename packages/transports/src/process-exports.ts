/** Child-process helpers for stdio bridges (translate, wrapper): process trees and line reading. */
export { isAlive, listDescendants, terminateProcessTree } from './upstream/process-tree.js'
