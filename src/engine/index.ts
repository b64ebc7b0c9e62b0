// The engine's one public entry point. Pure TypeScript, no `vscode` import: it runs in Node,
// in a worker thread and in the CLI.
export type { ProfileId, Clock, SimulateOptions, SimulationResult, Trace, LineFacts, NameRef, HeapSummary, Outcome, SimulationError, ExpectationResult, SnapshotResult } from './result';
export { simulate } from './simulate';
export { parseSnippets, isAnnotated, appliesTo } from './annotations';
export type { Snippet, Expectation, SnapshotMark, SnippetSettings } from './annotations';
