// What the action adds to GateResults. The shapes live in results/published.ts, below both the
// report and publish stages; re-exported here for the publish modules.
export type { Acceptance, GateCommands, PublishExtras, PublishedResults, RunContext } from '../results/published.js';
