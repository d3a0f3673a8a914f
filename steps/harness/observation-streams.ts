/**
 * The scenario's observation streams (notification-streams.ts), created with the scripted server and
 * kept for the whole scenario, so the Observe steps of every feature file share them.
 */
import { scenarioState, type TestfestWorld } from '../support/world';
import type { Lwm2mTestServer } from './lwm2m-test-server';
import { ObservationStreams } from './notification-streams';

export { ObservationStream, ObservationStreams, type ReceivedNotification } from './notification-streams';

export function observationStreams(world: TestfestWorld, server: Lwm2mTestServer): ObservationStreams {
  return scenarioState(world, 'lwm2m:observation-streams', () => new ObservationStreams(server));
}
