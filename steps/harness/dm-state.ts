/**
 * What the Device Management steps of one scenario remember beyond the last exchange: values the
 * Server saved to restore them later (ETS int-215, int-220, int-226), the requests of the last step
 * that sent several, and the last Read-Composite / Observe-Composite with the paths it listed.
 */
import type { Lwm2mRecord } from '../../targets/reference/lwm2m/codecs/types';
import { scenarioState, type TestfestWorld } from '../support/world';
import type { DmExchange } from './client-under-test';

export interface CompositeExchange {
  kind: 'Read-Composite' | 'Observe-Composite' | 'cancel';
  /** The paths as the step listed them (`/` for the root). */
  paths: string[];
  exchange: DmExchange;
}

export interface DmState {
  /** Values read before a change, by the path that was read. */
  saved: Map<string, Lwm2mRecord[]>;
  /** Every request of the last step that sent a batch (one Write per table row, ...). */
  lastBatch: DmExchange[];
  lastComposite?: CompositeExchange;
}

export function dmState(world: TestfestWorld): DmState {
  return scenarioState(world, 'lwm2m:dm-state', () => ({ saved: new Map(), lastBatch: [] }));
}

/** Every saved value, for `saved` cells in value tables. */
export function allSaved(state: DmState): Lwm2mRecord[] {
  return [...state.saved.values()].flat();
}
