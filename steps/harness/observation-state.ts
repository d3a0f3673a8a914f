/** Where the scenario's observation streams live; kept for step files that import it from here. */
export { observationStreams } from './observation-streams';
